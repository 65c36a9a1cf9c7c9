import { timingSafeEqual } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/** The embedded database served over the PostgreSQL protocol on 127.0.0.1, to this process and the CLI's others. */
export interface PgliteSocketServer {
  port: number;
  /** Open client connections. */
  connections(): number;
  /** Resolves once no client is connected (at once when none is). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const sslRequest = 80877103;
const cancelRequest = 80877102;
const protocol3 = 196608;

/**
 * A PostgreSQL-protocol front for one PGlite instance. PGlite has a single session, so each client's messages run up
 * to and including their Sync or Query as one batch, and a client inside a transaction (its last ReadyForQuery said
 * T or E) keeps the session until it commits, rolls back or disconnects (then it is rolled back). Clients log in with
 * the secret as password (cleartext over loopback; the secret is in the owner's lock file, readable by its user only).
 */
export async function startPgliteSocketServer(lite: PGlite, secret: string): Promise<PgliteSocketServer> {
  let holder: object | null = null;
  const waiting: { conn: object; go(): void }[] = [];
  const acquire = async (conn: object) => {
    if (holder === null) holder = conn;
    if (holder !== conn) await new Promise<void>((go) => waiting.push({ conn, go }));
  };
  const release = (conn: object) => {
    if (holder !== conn) return;
    const next = waiting.shift();
    holder = next?.conn ?? null;
    next?.go();
  };
  const run = (bytes: Uint8Array) => lite.runExclusive(() => lite.execProtocolRaw(bytes));
  const statements = preparedStatements();

  const sockets = new Set<Socket>();
  let idleWaiters: (() => void)[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const conn = {};
    let buffer = Buffer.alloc(0);
    let phase = 'startup' as 'startup' | 'password' | 'ready' | 'closed';
    let startup: Buffer | null = null;
    let batch: Buffer[] = [];
    let chain = Promise.resolve();
    let inTransaction = false;

    const fail = (message: string) => {
      socket.end(errorResponse('28P01', message));
      phase = 'closed';
    };
    const runBatch = (messages: Buffer[]) => {
      chain = chain.then(async () => {
        if (phase === 'closed') return;
        await acquire(conn);
        if ((phase as string) === 'closed') return release(conn);
        // Decided here, in turn with every other client's batches: the session's named statements are shared.
        const { bytes, answered } = statements.before(messages);
        let out = await run(bytes).catch((error: Error) => errorResponse('XX000', error.message, true));
        out = statements.after(out, answered);
        const status = lastReadyStatus(out);
        if (status) inTransaction = status !== 'I';
        if (!inTransaction) release(conn);
        if ((phase as string) !== 'closed') socket.write(out);
      });
    };
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      while (phase !== 'closed') {
        if (phase === 'startup') {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === sslRequest) socket.write('N');
          else if (code === cancelRequest) return void socket.end();
          else if (code !== protocol3) return fail('unsupported protocol');
          else {
            startup = Buffer.from(message);
            phase = 'password';
            socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3])); // AuthenticationCleartextPassword
          }
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        const type = String.fromCharCode(message[0]!);
        if (phase === 'password') {
          const given = type === 'p' ? message.subarray(5, length - 1) : Buffer.alloc(0);
          const wanted = Buffer.from(secret);
          if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
            return fail('wrong secret for the haebang database owner');
          phase = 'ready';
          runBatch([startup!]);
        } else if (type === 'X') {
          socket.end();
          return;
        } else {
          batch.push(message);
          if (type === 'S' || type === 'Q' || type === 'H') {
            runBatch(batch);
            batch = [];
          }
        }
      }
    });
    const closed = () => {
      if (!sockets.delete(socket)) return;
      phase = 'closed';
      const i = waiting.findIndex((w) => w.conn === conn);
      if (i >= 0) waiting.splice(i, 1);
      chain = chain.then(async () => {
        if (holder !== conn) return;
        if (inTransaction) await run(queryMessage('ROLLBACK')).catch(() => {});
        release(conn);
      });
      if (!sockets.size) {
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      }
    };
    socket.on('close', closed);
    socket.on('error', closed);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => sockets.size,
    idle: () => (sockets.size ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const parseComplete = Buffer.from([0x31, 0, 0, 0, 4]);
const closeUnnamed = Buffer.from([0x43, 0, 0, 0, 6, 0x53, 0]);

/** The statement name and text of a Parse message, or null for another message. */
function parseOf(message: Buffer): { name: string; text: string } | null {
  if (message[0] !== 0x50) return null;
  const nameEnd = message.indexOf(0, 5);
  const textEnd = message.indexOf(0, nameEnd + 1);
  return { name: message.toString('utf8', 5, nameEnd), text: message.toString('utf8', nameEnd + 1, textEnd) };
}

/**
 * The named (prepared) statements of PGlite's one session, which every client connection shares: each client's
 * driver (node-postgres) prepares a statement once per connection, so a second connection sends the Parse of a
 * statement another one already made, which PostgreSQL refuses ("already exists"). A batch that starts with the Parse
 * of a statement made with the same text skips it and is answered ParseComplete as if it had run; a Close of a named
 * statement closes the unnamed one instead, since the other connections still use it (node-postgres sends one only
 * when a value cannot be encoded). Names and texts are kept for the session's life, as PostgreSQL keeps them.
 */
function preparedStatements() {
  const known = new Map<string, string>();
  return {
    before(messages: Buffer[]): { bytes: Buffer; answered: { name: string; text: string } | null | 'skipped' } {
      const first = parseOf(messages[0]!);
      let answered: { name: string; text: string } | null | 'skipped' = first?.name ? first : null;
      let rest = messages;
      if (first?.name && known.get(first.name) === first.text) {
        rest = messages.slice(1);
        answered = 'skipped';
      }
      const named = (m: Buffer) => m[0] === 0x43 && m[5] === 0x53 && m.length > 7;
      return { bytes: Buffer.concat(rest.map((m) => (named(m) ? closeUnnamed : m))), answered };
    },
    after(out: Uint8Array, answered: { name: string; text: string } | null | 'skipped'): Uint8Array {
      if (answered === 'skipped') return Buffer.concat([parseComplete, out]);
      if (answered && out[0] === 0x31) known.set(answered.name, answered.text);
      return out;
    },
  };
}

/** The transaction status of the last ReadyForQuery in a stream of backend messages (I, T or E), if any. */
function lastReadyStatus(out: Uint8Array): string | null {
  let status: string | null = null;
  const view = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 0; at + 5 <= view.length; at += 1 + view.readInt32BE(at + 1))
    if (view[at] === 0x5a) status = String.fromCharCode(view[at + 5]!);
  return status;
}

function queryMessage(sql: string): Buffer {
  const body = Buffer.from(`${sql}\0`);
  const head = Buffer.alloc(5);
  head.write('Q');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** An ErrorResponse (FATAL unless `error`), plus ReadyForQuery for an error inside a session. */
function errorResponse(code: string, message: string, error = false): Buffer {
  const fields = Buffer.from(`S${error ? 'ERROR' : 'FATAL'}\0C${code}\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write('E');
  head.writeInt32BE(fields.length + 4, 1);
  const parts = [head, fields];
  if (error) parts.push(Buffer.from([0x5a, 0, 0, 0, 5, 0x49]));
  return Buffer.concat(parts);
}
