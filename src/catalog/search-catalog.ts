import type { Kysely } from 'kysely';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { findNames } from '../names/find-names.js';
import { readCatalog, searchCatalogText } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';

export interface SearchHit {
  kind: 'show' | 'person' | 'character' | 'network';
  id: string;
  name: string;
  hangul?: string;
  /** How it was found: a name or title in some spelling, or a fuzzy (trigram) match of a fragment. */
  match: 'name' | 'fuzzy';
}

/**
 * Finds catalog entries by any spelling of a name or title, Hangul too, then by fuzzy fragments. Pass the current
 * linker when there is one (the server keeps one); otherwise it is built from the stored catalog.
 */
export async function searchCatalog(db: Kysely<DB>, text: string, limit = 20, current?: Linker): Promise<SearchHit[]> {
  const linker = current ?? buildLinker(await readCatalog(db));
  const { view } = linker;
  const hits = new Map<string, SearchHit>();
  const add = (hit: SearchHit) => {
    if (!hits.has(`${hit.kind}:${hit.id}`)) hits.set(`${hit.kind}:${hit.id}`, hit);
  };
  const addEntity = (kind: SearchHit['kind'], id: string, match: SearchHit['match']) => {
    if (kind === 'show') {
      const s = view.shows.get(id);
      if (s) add({ kind, id, name: s.title, hangul: s.hangul, match });
    } else if (kind === 'person') {
      const p = view.people.get(id);
      if (p) add({ kind, id, name: p.name, hangul: p.hangul, match });
    } else if (kind === 'character') {
      const c = view.characters.get(id);
      if (c)
        add({ kind, id, name: `${c.name} (${view.shows.get(c.showId)?.title ?? c.showId})`, hangul: c.hangul, match });
    } else {
      const n = view.networks.get(id);
      if (n) add({ kind, id, name: n.name, hangul: n.hangul, match });
    }
  };
  // People type names into a search box in lower case; prose names are capitalised, so both are tried.
  const variants = [...new Set([text, capitalizeWords(text)])];
  for (const variant of variants) {
    for (const m of linker.link(variant))
      for (const id of m.id ? [m.id] : (m.candidates ?? [])) addEntity(m.kind, id, 'name');
    // A search box holds a bare name: every candidate that decodes it counts, characters included.
    for (const m of findNames(variant, linker.names))
      for (const c of m.candidates) addEntity(c.key.includes('/') ? 'character' : 'person', c.key, 'name');
  }
  for (const h of await searchCatalogText(db, text, limit)) addEntity(h.kind, h.id, 'fuzzy');
  return [...hits.values()].slice(0, limit);
}

/** "son seok-koo" → "Son Seok-koo": each word's first letter upper-cased, the rest kept. */
export function capitalizeWords(text: string): string {
  return text.replace(/(^|[\s(])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Whether every letter of the text lies in a name or title the catalog knows (as typed or capitalised): then the
 * items about it are those linked to what was found, as the linker read their text in any spelling.
 */
export function isCatalogName(text: string, linker: Linker): boolean {
  return [...new Set([text, capitalizeWords(text)])].some((variant) => {
    const covered = new Array<boolean>(variant.length).fill(false);
    for (const m of [...linker.link(variant), ...findNames(variant, linker.names)])
      for (let i = m.start; i < m.end; i++) covered[i] = true;
    for (let i = 0; i < variant.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(variant[i])) return false;
    return /[\p{L}\p{N}]/u.test(variant);
  });
}
