import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { type ReanalyzeSummary, reanalyzeItems } from '../ingest/reanalyze-items.js';
import type { Linker } from '../link/build-linker.js';
import type { DB } from '../store/db-types.js';
import { getMeta } from '../store/meta-repository.js';
import type { ReaderDeps } from './reader-deps.js';

export interface ServerDeps extends ReaderDeps {
  /** Rebuilds the linker and re-analyses stored items; says what changed. */
  refreshCatalog(): Promise<ReanalyzeSummary>;
  /**
   * Rebuilds the linker when the catalog changed since it was built (another process imported a catalog: the CLI
   * beside a running server). Cheap when nothing changed: one row read, shared by concurrent callers.
   */
  catalogFresh(): Promise<void>;
}

/**
 * The server's dependencies: one linker for the current catalog, rebuilt (and the stored items re-analysed) whenever
 * the catalog changes, by an import from the settings page, the API or the daily sync.
 */
export async function createReaderDeps(db: Kysely<DB>, config: Config): Promise<ServerDeps> {
  // One linker for pages and ingest alike: the ingest analyser's, from the linker cache when it is current.
  const ingest = createIngestDeps(db, config);
  const rebuild = async () => {
    const analyzer = await ingest.analyzer();
    linker = analyzer.linker;
    builtFrom = analyzer.catalogVersion;
  };
  let builtFrom: string | null = null;
  let linker: Linker = null as unknown as Linker;
  await rebuild();
  const refreshCatalog = async () => {
    await rebuild();
    return reanalyzeItems(ingest);
  };
  let checking: Promise<void> | null = null;
  const catalogFresh = () => {
    checking ??= getMeta(db, 'catalog_version')
      .then((version) => ((version ?? '0') === builtFrom ? undefined : rebuild()))
      .catch(() => {}) // a database that does not answer: the request itself says so (503)
      .finally(() => {
        checking = null;
      });
    return checking;
  };
  return {
    db,
    config,
    ingest,
    linker: () => linker,
    refreshCatalog,
    catalogFresh,
    catalogChanged: async () => {
      await refreshCatalog();
    },
  };
}
