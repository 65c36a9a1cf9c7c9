import { execFile } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
    /** A data directory as a first `haebang` command leaves it: the database migrated, the starter catalog in. */
    cliDataDir: string;
  }
}

const pgliteFile = join(tmpdir(), `haebang-test-pglite-${process.pid}.tar`);
const postgresName = `haebang_template_${process.pid}`;
const cliDataDir = join(tmpdir(), `haebang-test-data-dir-${process.pid}`);
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
 * The data directory template, made by the CLI itself (dist/, which test/build-dist.mjs built just before): its
 * first command on a new directory, `haebang sources`, creates and migrates the database and loads the starter
 * catalog. A linker cache is left out (none is built here): the tests that check it is written see it appear.
 */
async function makeCliDataDir(): Promise<string> {
  rmSync(cliDataDir, { recursive: true, force: true });
  const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
  await promisify(execFile)(process.execPath, [bin, '--data-dir', cliDataDir, 'sources'], {
    env: { ...process.env, CI: '', DATABASE_URL: '', HAEBANG_DEMO_ITEMS: '0' },
  });
  for (const name of readdirSync(cliDataDir))
    if (name.startsWith('haebang-linker')) rmSync(join(cliDataDir, name), { recursive: true, force: true });
  return cliDataDir;
}

/**
 * Vitest's global setup: one migrated database of each kind for the whole run, which every storage test's fresh
 * database is a copy of (test/storage-targets.ts), and a data directory the CLI tests start from (seededDataDir).
 * Creating an empty PGlite database (its initdb) takes 1.5-4 s of CPU per test file; loading the copy takes a third
 * of that, and the migrations run here once instead.
 */
export async function setup(project: TestProject): Promise<void> {
  const [lite, postgres, dataDir] = await Promise.all([makePgliteTemplate(), makePostgresTemplate(), makeCliDataDir()]);
  project.provide('pgliteTemplate', lite);
  project.provide('postgresTemplate', postgres);
  project.provide('cliDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  rmSync(pgliteFile, { force: true });
  rmSync(cliDataDir, { recursive: true, force: true });
  if (config.testDatabaseUrl) await admin(`drop database if exists ${postgresName} with (force)`);
}
