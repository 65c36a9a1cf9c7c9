import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { type Config, loadConfig } from '../config/load-config.js';
import type { Database } from '../store/open-database.js';
import { type FixtureServer, fixtureToken, startFixtureServer } from './fixture-server.js';
import { startDailySync } from './start-daily-sync.js';
import { syncAiringShows } from './sync-airing-shows.js';
import { readSyncSources, setSyncSource } from './sync-sources-setting.js';

const small = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
const fast = { allowPrivate: true, intervalMs: 0, backoffMs: 1, retries: 2, today: '2022-05-20' };

let server: FixtureServer;
let config: Config;
beforeAll(async () => {
  server = await startFixtureServer();
  config = loadConfig({
    HAEBANG_TMDB_TOKEN: fixtureToken,
    HAEBANG_TMDB_URL: server.url,
    HAEBANG_WIKIDATA_URL: `${server.url}/sparql`,
  });
});
afterAll(() => server.close());

describe.each(storageTargets)('catalog sources setting on $name', (target) => {
  let database: Database;
  beforeEach(async () => {
    server.requests.length = 0;
    if (!target.available) return;
    database = await target.open();
    await importCatalog(database.db, { text: small, origin: 'small-catalog.json' });
  });
  afterEach(async () => database?.close());

  it.runIf(target.available)('is off for every source until the owner turns one on', async () => {
    expect(await readSyncSources(database.db)).toEqual({ wikidata: false, tmdb: false });
    expect(await setSyncSource(database.db, 'wikidata', true)).toEqual({ wikidata: true, tmdb: false });
    expect(await setSyncSource(database.db, 'tmdb', true)).toEqual({ wikidata: true, tmdb: true });
    expect(await setSyncSource(database.db, 'wikidata', false)).toEqual({ wikidata: false, tmdb: true });
    expect(await readSyncSources(database.db)).toEqual({ wikidata: false, tmdb: true });
    await expect(setSyncSource(database.db, 'imdb', true)).rejects.toMatchObject({
      code: 'input.invalid',
      message: expect.stringMatching(/unknown source "imdb" \(expected wikidata or tmdb\)/),
    });
  });

  it.runIf(target.available)('the airing sync contacts no source that is off', async () => {
    const none = await syncAiringShows(database.db, config, { ...fast, enabled: await readSyncSources(database.db) });
    expect(none).toEqual({ changed: [], unchanged: [], failed: [] });
    expect(server.requests).toEqual([]);

    await setSyncSource(database.db, 'wikidata', true);
    await syncAiringShows(database.db, config, { ...fast, enabled: await readSyncSources(database.db) });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.startsWith('/sparql'))).toBe(true);
  });

  it.runIf(target.available)("the server's daily sync contacts nothing until a source is on", async () => {
    const lines: string[] = [];
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 400 && !lines.some((l) => pattern.test(l)); i++) await new Promise((r) => setTimeout(r, 25));
      return lines.find((l) => pattern.test(l));
    };
    const off = startDailySync(
      database.db,
      config,
      async () => ({ items: 0, changed: [], restamped: 0 }),
      (l) => lines.push(l),
      0,
    );
    expect(await waitFor(/^catalog sync: off/)).toMatch(/haebang sources on wikidata\|tmdb/);
    off.stop();
    expect(server.requests).toEqual([]);

    await setSyncSource(database.db, 'tmdb', true);
    const on = startDailySync(
      database.db,
      config,
      async () => ({ items: 0, changed: [], restamped: 0 }),
      (l) => lines.push(l),
      0,
    );
    expect(await waitFor(/^catalog sync: \d+ shows? changed/)).toBeDefined();
    on.stop();
    // No show of the small catalog airs today, so it ran and had nothing to ask: the point is that it ran at all.
    expect(server.requests.some((r) => r.startsWith('/sparql'))).toBe(false);
  });
});
