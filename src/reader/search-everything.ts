import { isCatalogName, searchCatalog } from '../catalog/search-catalog.js';
import { searchItemIds } from '../store/search-repository.js';
import { findVisibleIds } from './find-visible-ids.js';
import { gateEntries } from './gate-entries.js';
import { loadItemsByIds } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { SearchResult, ShownItemView } from './reader-schemas.js';

const catalogHits = 20;
const itemCandidates = 200;
const itemResults = 30;

/**
 * Search: any spelling of a name or title, Hangul too, finds shows, people and characters (and fuzzy fragments);
 * items are those that name what was found and, unless the text is a name the catalog knows, those holding its words
 * in their title, summary or text; among the newest of them, title matches first (search-repository.ts). Only items
 * shown to this reader are returned: a hidden item is neither listed nor counted, so a search cannot tell what a
 * hidden item says.
 */
export async function searchEverything(deps: ReaderDeps, reader: Reader, q: string): Promise<SearchResult> {
  const linker = deps.linker();
  const view = linker.view;
  const hits = await searchCatalog(deps.db, q, catalogHits, linker);
  const ids = await searchItemIds(
    deps.db,
    hits.filter((h) => h.kind !== 'network').map((h) => ({ kind: h.kind, id: h.id })),
    q,
    itemCandidates,
    // A name the catalog knows: the items that name it are linked already (search-repository.ts).
    !isCatalogName(q, linker),
  );
  // Only the candidates' horizons are read to find the first ones this reader may see; only those are loaded.
  const visible = await findVisibleIds(deps, reader, ids);
  const items = gateEntries(
    await loadItemsByIds(deps.db, ids.filter((id) => visible.has(id)).slice(0, itemResults), reader.user.id),
    view,
    reader,
  ).filter((e): e is ShownItemView => !e.hidden);
  const ref = (h: (typeof hits)[number]) => ({ kind: h.kind, id: h.id, name: h.name, hangul: h.hangul ?? null });
  return {
    query: q,
    shows: hits.filter((h) => h.kind === 'show').map(ref),
    people: hits.filter((h) => h.kind === 'person').map(ref),
    characters: hits
      .filter((h) => h.kind === 'character')
      .map((h) => ({ ...ref(h), showId: view.characters.get(h.id)?.showId ?? h.id.split('/')[0] })),
    items,
  };
}
