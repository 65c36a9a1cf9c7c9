import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/load-config.js';
import { migrateToLatest } from '../src/store/migrate-to-latest.js';
import { openDatabase } from '../src/store/open-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding an in-memory PGlite database, migrated, as `dumpDataDir` writes it (an uncompressed tar). */
    pgliteTemplate: string;
    /** A database on the test server, migrated, that the storage tests' databases are created from; '' without one. */
    postgresTemplate: string;
  }
}

const pgliteFile = join(tmpdir(), `haebang-test-pglite-${process.pid}.tar`);
const postgresName = `haebang_template_${process.pid}`;
const config = loadConfig();

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: config.testDatabaseUrl! });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** The PGlite template: an empty database (the costly initdb) migrated, dumped to a file. */
async function makePgliteTemplate(): Promise<string> {
  // As openDatabase opens `memory://`, kept open to be dumped once migrated.
  const lite = await PGlite.create({ dataDir: 'memory://', extensions: { pg_trgm } });
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig) }),
  });
  try {
    await migrateToLatest(db);
    const dump = await lite.dumpDataDir('none');
    writeFileSync(pgliteFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.destroy();
    await lite.close();
  }
  return pgliteFile;
}

/** The PostgreSQL template database, migrated; '' without a test server. */
async function makePostgresTemplate(): Promise<string> {
  if (!config.testDatabaseUrl) return '';
  await admin(`drop database if exists ${postgresName}`);
  await admin(`create database ${postgresName}`);
  const url = new URL(config.testDatabaseUrl);
  url.pathname = `/${postgresName}`;
  // Migrated, then closed: PostgreSQL copies a database only while no one is connected to it.
  await (await openDatabase({ databaseUrl: url.toString() })).close();
  return postgresName;
}

/**
 * Vitest's global setup: one migrated database of each kind for the whole run, which every storage test's fresh
 * database is a copy of (test/storage-targets.ts). Creating an empty PGlite database (its initdb) takes 1.5-4 s of
 * CPU per test file; loading the copy takes a third of that, and the migrations run here once instead.
 */
export async function setup(project: TestProject): Promise<void> {
  const [lite, postgres] = await Promise.all([makePgliteTemplate(), makePostgresTemplate()]);
  project.provide('pgliteTemplate', lite);
  project.provide('postgresTemplate', postgres);
}

export async function teardown(): Promise<void> {
  rmSync(pgliteFile, { force: true });
  if (config.testDatabaseUrl) await admin(`drop database if exists ${postgresName} with (force)`);
}
