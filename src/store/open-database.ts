import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors/app-error.js';
import type { DB } from './db-types.js';
import { migrateToLatest } from './migrate-to-latest.js';

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL server URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | null;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
}

/** Opens the database (PostgreSQL when a URL is given, PGlite otherwise) and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let pool: pg.Pool;
  let lite: PGlite | null = null;
  if (options.databaseUrl) {
    pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (a restart, an administrator) is dropped from the pool; the next query
    // opens a new one. Without this handler node-postgres would end the process.
    pool.on('error', (error) => console.error(`haebang: a PostgreSQL connection closed: ${error.message}`));
  } else {
    const dataDir = options.dataDir ?? 'memory://';
    try {
      if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
      lite = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    } catch (cause) {
      throw new AppError('storage.failed', `cannot open the embedded database in ${dataDir}`, { cause });
    }
    pool = new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig);
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const close = async () => {
    await db.destroy();
    await lite?.close();
  };
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await close().catch(() => {});
    if (error instanceof AppError) throw error;
    const where = options.databaseUrl ? 'the PostgreSQL server' : 'the embedded database';
    throw new AppError('storage.failed', `cannot prepare ${where}: ${(error as Error).message}`, { cause: error });
  }
  return { db, kind: lite ? 'pglite' : 'postgres', close };
}
