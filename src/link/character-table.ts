import type { Show } from '../catalog/catalog-schema.js';

export interface CharacterView {
  /** `showId/characterKey`, where the key is the Hangul name when known, else the English name. */
  key: string;
  showId: string;
  name: string;
  hangul?: string;
  personId: string;
}

export function characterKey(showId: string, c: { character: string; characterHangul?: string }): string {
  return `${showId}/${c.characterHangul ?? c.character}`;
}

/**
 * The catalog's characters by key (the first cast entry of each key, in the catalog's order), as a hash table in
 * typed arrays over the cast entries: no object, map entry or array per character (200,000 of them as a Map of
 * objects are 20 MB, so 4). `get` makes the character's view when asked.
 */
export class CharacterTable {
  private readonly keyList: string[] = [];
  private readonly show: Int32Array;
  private readonly cast: Int32Array;
  /** Open addressing: each slot holds a character's place in `keyList`, or -1. */
  private readonly slots: Int32Array;

  constructor(private readonly shows: Show[]) {
    const entries = shows.reduce((n, s) => n + (s.cast?.length ?? 0), 0);
    this.show = new Int32Array(entries);
    this.cast = new Int32Array(entries);
    let size = 16;
    while (size < entries * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    shows.forEach((show, s) => {
      show.cast?.forEach((c, i) => {
        const key = characterKey(show.id, c);
        const slot = this.slotOf(key);
        if (this.slots[slot] >= 0) return;
        const n = this.keyList.push(key) - 1;
        this.slots[slot] = n;
        this.show[n] = s;
        this.cast[n] = i;
      });
    });
  }

  /** The slot holding `key`, or the empty one it would go in. */
  private slotOf(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const n = this.slots[slot];
      if (n < 0 || this.keyList[n] === key) return slot;
    }
  }

  get size(): number {
    return this.keyList.length;
  }

  has(key: string): boolean {
    return this.slots[this.slotOf(key)] >= 0;
  }

  get(key: string): CharacterView | undefined {
    const n = this.slots[this.slotOf(key)];
    return n < 0 ? undefined : this.at(n);
  }

  /** The keys in the catalog's order. */
  keys(): IterableIterator<string> {
    return this.keyList.values();
  }

  *values(): IterableIterator<CharacterView> {
    for (let n = 0; n < this.keyList.length; n++) yield this.at(n);
  }

  private at(n: number): CharacterView {
    const show = this.shows[this.show[n]];
    const c = show.cast?.[this.cast[n]];
    if (!c) throw new Error('a character table out of step with its catalog');
    return { key: this.keyList[n], showId: show.id, name: c.character, hangul: c.characterHangul, personId: c.person };
  }
}
