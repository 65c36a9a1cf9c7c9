import { availableParallelism } from 'node:os';
import type { Kysely } from 'kysely';
import { type AnalysisPool, createAnalysisPool } from '../analyze/analysis-pool.js';
import { linkerCacheSite } from '../catalog/linker-cache-site.js';
import type { Config } from '../config/load-config.js';
import { type FetchOptions, type FetchResult, fetchUrl } from '../fetch/fetch-url.js';
import type { DB } from '../store/db-types.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import { type Analyzer, loadAnalyzer } from './load-analyzer.js';

/** What every ingest step needs: the store, a polite fetcher, the analyser and a clock. */
export interface IngestDeps {
  db: Kysely<DB>;
  fetch(url: string, options?: FetchOptions): Promise<FetchResult>;
  limiter: HostLimiter;
  analyzer(): Promise<Analyzer>;
  /** Worker threads for items' CPU work, started on first use; without it, everything runs on the event loop. */
  pool?(): AnalysisPool;
  now(): Date;
  /**
   * The database is a PostgreSQL server that other processes (workers) share: refreshes outside the queue take the
   * feed's lock as the workers do. On PGlite one process owns the database and there is nothing to take.
   */
  shared?: boolean;
}

export const userAgent = 'haebang/0.1 (self-hosted K-drama news reader; +https://github.com/haebang/haebang)';

/**
 * The default dependencies: the safe fetcher (private addresses refused unless configured), two requests per host,
 * the analyser with its linker from the linker cache when the configuration says where the database is.
 */
export function createIngestDeps(
  db: Kysely<DB>,
  config: Pick<Config, 'allowPrivateFetch'> & Partial<Pick<Config, 'databaseUrl' | 'dataDir' | 'cacheDir'>>,
): IngestDeps {
  let pool: AnalysisPool | null = null;
  const { databaseUrl = null, dataDir, cacheDir } = config;
  const site = dataDir && cacheDir ? linkerCacheSite({ databaseUrl, dataDir, cacheDir }) : null;
  return {
    db,
    fetch: (url, options) =>
      fetchUrl(url, {
        allowPrivate: config.allowPrivateFetch,
        userAgent,
        timeoutMs: 20_000,
        maxBytes: 5 * 1024 * 1024,
        maxRedirects: 5,
        ...options,
      }),
    limiter: createHostLimiter(2),
    analyzer: () => loadAnalyzer(db, site),
    // One worker per core but the event loop's, which parses, stores (PGlite runs on it) and takes items itself
    // whenever every worker is busy.
    pool: () => (pool ??= createAnalysisPool({ size: Math.max(1, availableParallelism() - 1) })),
    now: () => new Date(),
    shared: !!databaseUrl,
  };
}
