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

/** Collects (key, entity, form) rows, dropping a row `duplicate` says an earlier one of its entity covers. */
export class NameTableBuilder {
  /** key -> its group; a group's rows are a list threaded through `next`, in the order they were added. */
  private readonly groups = new Map<string, number>();
  private readonly head: number[] = [];
  private readonly tail: number[] = [];
  private readonly entity: number[] = [];
  private readonly form: number[] = [];
  private readonly next: number[] = [];
  private readonly notes = new Map<number, string>();

  constructor(private readonly duplicate: (earlier: number, form: number) => boolean) {}

  add(key: string, entity: number, form: number, note?: string): void {
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.head.length;
      this.groups.set(key, group);
      this.head.push(-1);
      this.tail.push(-1);
    }
    for (let r = this.head[group]; r >= 0; r = this.next[r])
      if (this.entity[r] === entity && this.duplicate(this.form[r], form)) return;
    const row = this.entity.push(entity) - 1;
    this.form.push(form);
    this.next.push(-1);
    if (note !== undefined) this.notes.set(row, note);
    if (this.tail[group] >= 0) this.next[this.tail[group]] = row;
    else this.head[group] = row;
    this.tail[group] = row;
  }

  build(): NameTable {
    const keys = [...this.groups.keys()].sort();
    const endStart = new Int32Array(keys.length + 1);
    const endEntity = new Int32Array(this.entity.length);
    const endForm = new Uint8Array(this.entity.length);
    const notes = new Map<number, string>();
    let n = 0;
    keys.forEach((key, k) => {
      endStart[k] = n;
      for (let r = this.head[this.groups.get(key) as number]; r >= 0; r = this.next[r]) {
        const note = this.notes.get(r);
        if (note !== undefined) notes.set(n, note);
        endEntity[n] = this.entity[r];
        endForm[n++] = this.form[r];
      }
    });
    endStart[keys.length] = n;
    return { ...packTrie(keys), endStart, endEntity, endForm, notes };
  }
}
