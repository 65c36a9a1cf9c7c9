import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { type Database, openDatabase } from '../src/store/open-database.js';

/**
 * The databases every storage test runs on: PGlite in memory, and a fresh database on the PostgreSQL server named by
 * HAEBANG_TEST_DATABASE_URL, each a copy of the run's migrated template (test/database-templates.ts). Without that
 * server the PostgreSQL target is skipped on a user's machine; under CI it fails instead.
 */
export interface StorageTarget {
  name: 'pglite' | 'postgres';
  available: boolean;
  /** Opens a fresh database; `url` is set for a PostgreSQL one, so child processes can connect to it too. */
  open(): Promise<Database & { url?: string }>;
}

const config = loadConfig();
let pgliteTemplate: Blob | undefined;

/**
 * A fresh in-memory PGlite database: a copy of the one test/database-templates.ts migrated for the run (an empty
 * one, migrated here, when the run has none).
 */
export function openMemoryDatabase(): Promise<Database> {
  const file = inject('pgliteTemplate');
  if (file && !pgliteTemplate) pgliteTemplate = new Blob([readFileSync(file)]);
  return openDatabase({ dataDir: 'memory://', template: pgliteTemplate });
}

export function missingPostgresMessage(): string {
  return 'HAEBANG_TEST_DATABASE_URL is not set: start one with `eval "$(bash scripts/test-postgres.sh start)"`';
}

export const storageTargets: StorageTarget[] = [
  { name: 'pglite', available: true, open: openMemoryDatabase },
  {
    name: 'postgres',
    available: config.testDatabaseUrl !== null || config.ci,
    open: async () => {
      if (!config.testDatabaseUrl) throw new Error(missingPostgresMessage());
      const name = `haebang_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: config.testDatabaseUrl });
      await admin.connect();
      const template = inject('postgresTemplate');
      await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
      await admin.end();
      const url = new URL(config.testDatabaseUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      return {
        ...database,
        url: url.toString(),
        close: async () => {
          await database.close();
          const drop = new pg.Client({ connectionString: config.testDatabaseUrl! });
          await drop.connect();
          await drop.query(`drop database if exists ${name} with (force)`);
          await drop.end();
        },
      };
    },
  },
];
