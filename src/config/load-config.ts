import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';

/** Everything haebang reads from its environment, read once. Nothing else reads `process.env`. */
export interface Config {
  /** PGlite data directory (embedded database), used when `databaseUrl` is null. */
  dataDir: string;
  /** Where caches live that have no data directory to sit in (the linker's on PostgreSQL): HAEBANG_CACHE_DIR. */
  cacheDir: string;
  /** A PostgreSQL server; when set, it is used instead of the embedded database. */
  databaseUrl: string | null;
  host: string;
  port: number;
  /** Allow fetching private, loopback and link-local addresses (home labs, tests). */
  allowPrivateFetch: boolean;
  /**
   * Trust the reverse proxy in front of haebang: its X-Forwarded-Proto (https makes session cookies Secure) and the
   * last X-Forwarded-For address (for login rate limits). Off unless a proxy really sets these headers.
   */
  trustProxy: boolean;
  /** True under CI: tests that need a missing component fail instead of skipping. */
  ci: boolean;
  /** A PostgreSQL server for the storage tests (a throwaway cluster). */
  testDatabaseUrl: string | null;
  /** TMDB v4 read access token, sent as `Authorization: Bearer`. */
  tmdbToken: string | null;
  /** TMDB v3 API key, sent as the `api_key` query parameter (used when there is no token). */
  tmdbApiKey: string | null;
  /** TMDB API origin (tests point it at a loopback server). */
  tmdbBaseUrl: string;
  /** Wikidata's SPARQL endpoint. */
  wikidataSparqlUrl: string;
  /** Load the bundled demo items into a fresh, empty database at start-up (HAEBANG_DEMO_ITEMS=0 turns it off). */
  demoItems: boolean;
  /** On PostgreSQL: whether `serve` also works the feed queue's jobs (off: it only schedules; run `haebang worker`). */
  serveWorks: boolean;
  /** Feed jobs one worker process (or `serve`) runs at a time. */
  workerConcurrency: number;
  /** How often each process looks for due feeds and queues them, in seconds. */
  scheduleSeconds: number;
  /** A feed job not finished after this many seconds is taken as lost (a crashed worker) and retried. */
  jobLeaseSeconds: number;
}

const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim()));

const onByDefault = z
  .string()
  .regex(/^\s*(1|true|yes|on|0|false|no|off)\s*$/i, 'expected 1/true/yes/on or 0/false/no/off')
  .optional()
  .transform((v) => v === undefined || !/^(0|false|no|off)$/i.test(v.trim()));

const envSchema = z.object({
  HAEBANG_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  HAEBANG_CACHE_DIR: z.string().min(1).optional(),
  XDG_CACHE_HOME: z.string().min(1).optional(),
  HAEBANG_HOST: z.string().min(1).optional(),
  HAEBANG_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HAEBANG_ALLOW_PRIVATE_FETCH: flag,
  HAEBANG_TRUST_PROXY: flag,
  CI: flag,
  HAEBANG_TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  HAEBANG_TMDB_TOKEN: z.string().trim().min(1).optional(),
  HAEBANG_TMDB_API_KEY: z.string().trim().min(1).optional(),
  HAEBANG_TMDB_URL: z.url({ protocol: /^https?$/ }).optional(),
  HAEBANG_WIKIDATA_URL: z.url({ protocol: /^https?$/ }).optional(),
  HAEBANG_DEMO_ITEMS: onByDefault,
  HAEBANG_SERVE_WORKS: onByDefault,
  HAEBANG_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  HAEBANG_SCHEDULE_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  HAEBANG_JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(86_400).optional(),
});

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('config.invalid', `invalid configuration: ${details.join('; ')}`, { details });
  }
  const e = parsed.data;
  return {
    dataDir: resolve(e.HAEBANG_DATA_DIR ?? '.haebang'),
    databaseUrl: e.DATABASE_URL ?? null,
    cacheDir: resolve(e.HAEBANG_CACHE_DIR ?? join(e.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'haebang')),
    host: e.HAEBANG_HOST ?? '127.0.0.1',
    port: e.HAEBANG_PORT ?? 5173,
    allowPrivateFetch: e.HAEBANG_ALLOW_PRIVATE_FETCH,
    trustProxy: e.HAEBANG_TRUST_PROXY,
    ci: e.CI,
    testDatabaseUrl: e.HAEBANG_TEST_DATABASE_URL ?? null,
    tmdbToken: e.HAEBANG_TMDB_TOKEN ?? null,
    tmdbApiKey: e.HAEBANG_TMDB_API_KEY ?? null,
    tmdbBaseUrl: (e.HAEBANG_TMDB_URL ?? 'https://api.themoviedb.org').replace(/\/+$/, ''),
    wikidataSparqlUrl: e.HAEBANG_WIKIDATA_URL ?? 'https://query.wikidata.org/sparql',
    demoItems: e.HAEBANG_DEMO_ITEMS,
    serveWorks: e.HAEBANG_SERVE_WORKS,
    workerConcurrency: e.HAEBANG_WORKER_CONCURRENCY ?? 4,
    scheduleSeconds: e.HAEBANG_SCHEDULE_SECONDS ?? 60,
    jobLeaseSeconds: e.HAEBANG_JOB_LEASE_SECONDS ?? 900,
    ...overrides,
  };
}
