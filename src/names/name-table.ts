import { type PackedTrie, packTrie } from './packed-trie.js';

/**
 * Catalog names under text keys (a name's Hangul syllables, its Hangul, its Latin letters): a packed trie of the
 * keys, and per key the entries stored under it, as entity numbers and form codes (see `nameForms`) in typed
 * arrays. A catalog of 200,000 people is a few arrays, not a million objects.
 */
export interface NameTable extends PackedTrie {
  /** The entries under the k-th key (see `keyAt`) are endStart[k] .. endStart[k + 1]. */
  endStart: Int32Array;
  endEntity: Int32Array;
  endForm: Uint8Array;
  /** Text kept with some entries, by their place in `endEntity`. */
  notes: Map<number, string>;
}

/** A list of int32s that grows as a JS array does, at 4 bytes an element (a JS array of numbers takes 8, and up to
 * half as much again as room to grow). */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    return this.length++;
  }
}

/**
 * Collects (key, entity, form) rows, dropping a row `duplicate` says an earlier one of its entity covers. Its rows
 * are int32 lists, not JS arrays: at 200,000 people the roman table's million rows are 40 MB less at the build's
 * peak.
 */
export class NameTableBuilder {
  /** key -> its group; a group's rows are a list threaded through `next`, in the order they were added. */
  private groups = new Map<string, number>();
  private head = new IntList();
  private tail = new IntList();
  private entity = new IntList();
  private form = new IntList();
  private next = new IntList();
  private notes = new Map<number, string>();

  constructor(private readonly duplicate: (earlier: number, form: number) => boolean) {}

  add(key: string, entity: number, form: number, note?: string): void {
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.head.push(-1);
      this.groups.set(key, group);
      this.tail.push(-1);
    } else {
      const { next, entity: rows, form: forms } = this;
      for (let r = this.head.values[group]; r >= 0; r = next.values[r])
        if (rows.values[r] === entity && this.duplicate(forms.values[r], form)) return;
    }
    const row = this.entity.push(entity);
    this.form.push(form);
    this.next.push(-1);
    if (note !== undefined) this.notes.set(row, note);
    const last = this.tail.values[group];
    if (last >= 0) this.next.values[last] = row;
    else this.head.values[group] = row;
    this.tail.values[group] = row;
  }

  /** The table; the builder is emptied (its rows let go before the next table is built). */
  build(): NameTable {
    const keys = [...this.groups.keys()].sort();
    const count = this.entity.length;
    const endStart = new Int32Array(keys.length + 1);
    const endEntity = new Int32Array(count);
    const endForm = new Uint8Array(count);
    const notes = new Map<number, string>();
    const [head, next, rows, forms] = [this.head.values, this.next.values, this.entity.values, this.form.values];
    let n = 0;
    keys.forEach((key, k) => {
      endStart[k] = n;
      for (let r = head[this.groups.get(key) as number]; r >= 0; r = next[r]) {
        const note = this.notes.get(r);
        if (note !== undefined) notes.set(n, note);
        endEntity[n] = rows[r];
        endForm[n++] = forms[r];
      }
    });
    endStart[keys.length] = n;
    this.groups = new Map();
    this.notes = new Map();
    for (const list of ['head', 'tail', 'entity', 'form', 'next'] as const) this[list] = new IntList();
    return { ...packTrie(keys), endStart, endEntity, endForm, notes };
  }
}
