import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/**
 * A file of length-prefixed records (a 4-byte little-endian byte length, then the bytes), written and read one
 * record at a time: values in Node's serialisation, typed arrays as their raw bytes, read straight into arrays of
 * their own. Reading a 100 MB file so never holds it whole, nor a second copy of its arrays.
 */
export type PackedArray = Int32Array | Uint8Array | Uint16Array;
const arrayTypes = { Int32Array, Uint8Array, Uint16Array };
export type ArrayType = keyof typeof arrayTypes;

export const arrayTypeOf = (a: PackedArray) => a.constructor.name as ArrayType;

export class RecordWriter {
  private readonly fd: number;
  private readonly head = Buffer.alloc(4);

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  bytes(data: ArrayBufferView): void {
    this.head.writeUInt32LE(data.byteLength);
    writeSync(this.fd, this.head);
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
  }

  value(value: unknown): void {
    this.bytes(serialize(value));
  }

  close(): void {
    closeSync(this.fd);
  }
}

export class RecordReader {
  private readonly fd: number;
  private readonly head = Buffer.alloc(4);
  /** Reused for the values' bytes (a value's record is a few MB at most). */
  private scratch = Buffer.alloc(0);

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  private fill(into: Uint8Array): void {
    for (let done = 0; done < into.length; ) {
      const n = readSync(this.fd, into, done, into.length - done, null);
      if (n === 0) throw new Error('the file ends inside a record');
      done += n;
    }
  }

  private length(): number {
    this.fill(this.head);
    return this.head.readUInt32LE();
  }

  /** The next record's value; one longer than `max` bytes throws (a file of another kind is read no further). */
  value<T>(max = 2 ** 31): T {
    const length = this.length();
    if (length > max) throw new Error('a record longer than expected');
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(length);
    const bytes = this.scratch.subarray(0, length);
    this.fill(bytes);
    return deserialize(bytes) as T;
  }

  array(type: ArrayType, count: number): PackedArray {
    const array = new arrayTypes[type](count);
    if (this.length() !== array.byteLength) throw new Error('an array of another length');
    this.fill(new Uint8Array(array.buffer));
    return array;
  }

  close(): void {
    closeSync(this.fd);
  }
}
