import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors/app-error.js';
import { unavailableError } from './connection-errors.js';
import type { DB } from './db-types.js';
import { migrateToLatest } from './migrate-to-latest.js';
import { type Owner, openEmbedded } from './open-embedded.js';
import { preparingPool } from './prepared-pool.js';
import { pgliteWriteStamp, registerWriteStamp, type WriteStamp } from './write-stamp.js';

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** What holds the data, for messages: "the PostgreSQL server host:port (database d)", "haebang serve (pid 12) …". */
  where: string;
  /** For the embedded database: the process that owns it (this one, or the one this process goes through). */
  owner: Owner | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL server URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | null;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /**
   * For `memory://` only: a dump of a data directory (PGlite's `dumpDataDir`) to start from instead of an empty one
   * (the tests' template, migrated once per run: creating an empty database is most of PGlite's start-up).
   */
  template?: Blob;
  /** The command opening it, named in the embedded database's lock file and in messages (default `haebang`). */
  command?: string;
  /** `serve`: never goes through another process; refuses when another `serve` owns the data, waits for a CLI one. */
  serve?: boolean;
  /** Told what the process waits for (another process holding the embedded database). */
  onWait?(message: string): void;
}

/**
 * A pool whose broken connections are dropped instead of ending the process ("Unhandled 'error' event"), and
 * logged for a server (a command reports the query that failed instead).
 */
export function createPool(config: pg.PoolConfig, where: string, log: boolean): pg.Pool {
  const pool = new pg.Pool(config);
  let last = '';
  const report = (error: Error) => {
    const line = `haebang: lost a connection to ${where}: ${error.message}`;
    if (log && line !== last) console.error(line);
    last = line;
  };
  // An idle connection the server closes (a restart, an outage) is dropped from the pool; the next query opens a
  // new one. A connection that breaks while checked out (inside a transaction, between two queries) emits 'error'
  // on its client, which node-postgres would otherwise rethrow as an uncaught exception.
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  return pool;
}

/**
 * Opens the database and brings its schema up to date: PostgreSQL when a URL is given, else the embedded PGlite
 * database, which one process owns at a time (see open-embedded.ts); every other process goes through the owner.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let pool: pg.Pool;
  let kind: Database['kind'] = 'pglite';
  let where: string;
  let owner: Owner | null = null;
  let lite: PGlite | null = null;
  let closeOwner = async () => {};
  let writeStamp: WriteStamp | null = null;
  const dataDir = options.dataDir ?? 'memory://';
  if (options.databaseUrl) {
    kind = 'postgres';
    where = describeUrl(options.databaseUrl);
    pool = createPool(
      { connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 10_000 },
      where,
      !!options.serve,
    );
  } else if (dataDir.startsWith('memory://')) {
    where = 'the embedded database in memory';
    try {
      lite = await PGlite.create({ dataDir, extensions: { pg_trgm }, loadDataDir: options.template });
    } catch (cause) {
      throw new AppError('storage.failed', `cannot open the embedded database in ${dataDir}`, { cause });
    }
    pool = new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig);
    writeStamp = pgliteWriteStamp(lite);
  } else {
    mkdirSync(dataDir, { recursive: true });
    const embedded = await openEmbedded(dataDir, options);
    owner = embedded.owner;
    where = embedded.where;
    closeOwner = embedded.close;
    writeStamp = embedded.writeStamp;
    pool = createPool({ ...embedded.connection, max: options.serve ? 10 : 4 }, where, !!options.serve);
  }
  // PostgreSQL, and PGlite through its socket server (which shares prepared statements between connections): the hot
  // statements prepared. In-memory PGlite (tests, throwaway databases) goes as it came.
  const prepared = kind === 'postgres' || owner !== null;
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: prepared ? preparingPool(pool) : pool }) });
  // PGlite in this process sees every write at once: what the store keeps in memory is checked against it.
  if (writeStamp) registerWriteStamp(db, writeStamp);
  const close = async () => {
    await db.destroy();
    await lite?.close();
    await closeOwner();
  };
  try {
    await sql`select 1`.execute(db);
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await close().catch(() => {});
    throw (
      unavailableError(error, where) ??
      (error instanceof AppError
        ? error
        : new AppError('storage.failed', `cannot prepare ${where}: ${(error as Error).message}`, { cause: error }))
    );
  }
  return { db, kind, where, owner, close };
}

function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `the PostgreSQL server ${url.hostname || 'localhost'}:${url.port || '5432'} (database ${url.pathname.slice(1) || 'postgres'})`;
  } catch {
    return 'the PostgreSQL server';
  }
}
