import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { type ReanalyzeSummary, reanalyzeItems } from '../ingest/reanalyze-items.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import type { ReaderDeps } from './reader-deps.js';

export interface ServerDeps extends ReaderDeps {
  /** Rebuilds the linker and re-analyses stored items; says what changed. */
  refreshCatalog(): Promise<ReanalyzeSummary>;
}

/**
 * The server's dependencies: one linker for the current catalog, rebuilt (and the stored items re-analysed) whenever
 * the catalog changes, by an import from the settings page, the API or the daily sync.
 */
export async function createReaderDeps(db: Kysely<DB>, config: Config): Promise<ServerDeps> {
  let linker: Linker = buildLinker(await readCatalog(db));
  const ingest = createIngestDeps(db, config);
  const refreshCatalog = async () => {
    linker = buildLinker(await readCatalog(db));
    return reanalyzeItems(ingest);
  };
  return {
    db,
    config,
    ingest,
    linker: () => linker,
    refreshCatalog,
    catalogChanged: async () => {
      await refreshCatalog();
    },
  };
}
