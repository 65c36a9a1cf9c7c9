import pg from 'pg';
import { loadConfig } from '../src/config/load-config.js';
import { type Database, openDatabase } from '../src/store/open-database.js';
import { generateReaderData } from './generate-reader-data.js';

/**
 * The search bench's PostgreSQL data kept between runs, to work on the queries without loading a million items
 * (~5 min) each time: `npx tsx bench/keep-search-database.ts load NAME` makes database NAME on the test server
 * (HAEBANG_TEST_DATABASE_URL) and loads it as the search bench does (100,000 items copied 10x, 1,000 readers);
 * `drop NAME` drops it. `npx tsx bench/probe-search.ts NAME` measures the searches against it.
 */
export async function openKeptDatabase(name: string): Promise<Database> {
  return openDatabase({ databaseUrl: keptUrl(name) });
}

function keptUrl(name: string): string {
  const server = loadConfig().testDatabaseUrl;
  if (!server) throw new Error('keep-search-database: set HAEBANG_TEST_DATABASE_URL');
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`keep-search-database: not a database name: ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: loadConfig().testDatabaseUrl ?? undefined });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, name] = process.argv.slice(2);
  if (command === 'load' && name) {
    keptUrl(name);
    await admin(`create database ${name}`);
    const database = await openKeptDatabase(name);
    try {
      const d = await generateReaderData(database.db, { items: 100_000, copies: 10, marks: true });
      console.log(
        `${name}: ${d.items.toLocaleString('en')} items, ${d.users} readers, loaded in ${d.seconds.toFixed(1)} s`,
      );
    } finally {
      await database.close();
    }
  } else if (command === 'drop' && name) {
    keptUrl(name);
    await admin(`drop database if exists ${name} with (force)`);
  } else throw new Error('usage: keep-search-database.ts load|drop NAME');
}
