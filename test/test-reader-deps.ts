import type { Config } from '../src/config/load-config.js';
import { loadConfig } from '../src/config/load-config.js';
import type { IngestDeps } from '../src/ingest/ingest-deps.js';
import { prepareItem } from '../src/ingest/prepare-item.js';
import { buildLinker } from '../src/link/build-linker.js';
import type { FeedEntry } from '../src/parse/feed-types.js';
import type { ReaderDeps } from '../src/reader/reader-deps.js';
import { readCatalog } from '../src/store/catalog-repository.js';
import { insertItem } from '../src/store/items-repository.js';

/**
 * Reader dependencies for tests over the catalog already stored: the linker is rebuilt when the catalog changes (as
 * the server's is), without re-analysing items, and `catalogChanges()` counts the calls.
 */
export async function testReaderDeps(
  ingest: IngestDeps,
  config: Config = loadConfig({}),
): Promise<{ deps: ReaderDeps; catalogChanges(): number }> {
  const { db } = ingest;
  let linker = buildLinker(await readCatalog(db));
  let changes = 0;
  const deps: ReaderDeps = {
    db,
    config,
    linker: () => linker,
    catalogChanged: async () => {
      changes++;
      linker = buildLinker(await readCatalog(db));
    },
    ingest,
  };
  return { deps, catalogChanges: () => changes };
}

/** Stores feed entries through the real pipeline (extract, sanitise, analyse, store); returns each one's item id. */
export async function storeEntries<K extends string>(
  ingest: IngestDeps,
  entries: Record<K, FeedEntry>,
  sourceName: string,
): Promise<Record<K, string>> {
  const ids = {} as Record<K, string>;
  for (const [name, entry] of Object.entries(entries) as Array<[K, FeedEntry]>) {
    const item = await prepareItem(entry, { feedId: null, sourceName }, ingest);
    await insertItem(ingest.db, item);
    ids[name] = item.id;
  }
  return ids;
}
