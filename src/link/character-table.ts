import type { CastEntry, Show } from '../catalog/catalog-schema.js';

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
 * The catalog's characters by key (the first cast entry of each key, in the catalog's order): a map to the catalog's
 * own cast entries, no object per character (200,000 of them as a Map of objects are 20 MB, so 7). `get` makes the
 * character's view when asked; its show is its key's first part (show ids hold no "/").
 */
export class CharacterTable {
  private readonly entries = new Map<string, CastEntry>();

  constructor(shows: Show[]) {
    for (const show of shows)
      for (const c of show.cast ?? []) {
        const key = characterKey(show.id, c);
        if (!this.entries.has(key)) this.entries.set(key, c);
      }
  }

  /** The table again after a structured clone (an analysis worker's copy keeps the map, not the class). */
  static revive(clone: CharacterTable): CharacterTable {
    return clone instanceof CharacterTable ? clone : Object.assign(Object.create(CharacterTable.prototype), clone);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): CharacterView | undefined {
    const c = this.entries.get(key);
    return c && viewOf(key, c);
  }

  /** The keys in the catalog's order. */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  *values(): IterableIterator<CharacterView> {
    for (const [key, c] of this.entries) yield viewOf(key, c);
  }
}

function viewOf(key: string, c: CastEntry): CharacterView {
  const showId = key.slice(0, key.indexOf('/'));
  return { key, showId, name: c.character, hangul: c.characterHangul, personId: c.person };
}
