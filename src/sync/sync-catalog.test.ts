import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { type Config, loadConfig } from '../config/load-config.js';
import { readCatalog, readCatalogFacts } from '../store/catalog-repository.js';
import type { Database } from '../store/open-database.js';
import { readSyncCursor } from '../store/sync-repository.js';
import { type FixtureServer, fixtureToken, startFixtureServer } from './fixture-server.js';
import { syncAiringShows } from './sync-airing-shows.js';
import { syncCatalog } from './sync-catalog.js';

const small = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
const fast = { allowPrivate: true, intervalMs: 0, backoffMs: 1, retries: 2 };

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
beforeEach(() => {
  server.queue.clear();
  server.override.clear();
  server.requests.length = 0;
});

describe.each(storageTargets)('catalog sync on $name', (target) => {
  let database: Database;
  beforeEach(async () => {
    if (target.available) database = await target.open();
  });
  afterEach(async () => database?.close());

  it.runIf(target.available)(
    'adds a TMDB series with its titles, network, episodes and cast, then finds it unchanged',
    async () => {
      const summary = await syncCatalog(database.db, config, 'tmdb', fast);
      expect(summary).toMatchObject({ added: 1, updated: 0, unchanged: 0, failed: [] });
      const catalog = await readCatalog(database.db);
      const show = catalog.shows[0];
      expect(show).toMatchObject({
        id: 'my-liberation-notes',
        ids: { tmdb: 900001 },
        title: 'My Liberation Notes',
        hangul: '나의 해방일지',
        aliases: ['My Liberation Diary'],
        network: 'jtbc',
        episodeCount: 16,
        firstAirDate: '2022-04-09',
        lastAirDate: '2022-05-29',
      });
      expect(show.episodes).toHaveLength(16);
      expect(show.episodes?.at(-1)).toEqual({ number: 16, airDate: '2022-05-29' });
      expect(show.cast).toEqual([
        { person: 'kim-ji-won', character: 'Yeom Mi-jeong' },
        { person: 'son-seok-gu', character: 'Mr. Gu' },
      ]);
      expect(catalog.people.find((p) => p.id === 'son-seok-gu')).toMatchObject({
        hangul: '손석구',
        ids: { tmdb: 900302 },
        aliases: ['Son Suk-ku', 'Son Seok-koo'],
      });
      expect(server.requests.every((r) => !r.includes('api_key'))).toBe(true);
      const again = await syncCatalog(database.db, config, 'tmdb', fast);
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
      expect(server.requests.filter((r) => r.startsWith('/3/person/'))).toHaveLength(2);
      expect(await readSyncCursor(database.db, 'tmdb')).toBeNull();
    },
  );

  it.runIf(target.available)('keeps facts from a file and adds the source ids to the same entries', async () => {
    await importCatalog(database.db, { text: small, origin: 'small-catalog.json' });
    await syncCatalog(database.db, config, 'tmdb', { ...fast, show: 'my-liberation-notes' });
    await syncCatalog(database.db, config, 'wikidata', { ...fast, show: 'My Liberation Notes' });
    const { catalog, provenance } = await readCatalogFacts(database.db);
    expect(catalog.shows.map((s) => s.id)).toEqual(['my-liberation-notes']);
    const show = catalog.shows[0];
    expect(show.ids).toEqual({ tmdb: 900001, wikidata: 'Q900000001' });
    expect(show.cast?.map((c) => c.person)).toEqual(['lee-min-ki', 'kim-ji-won', 'lee-el', 'son-suk-ku']);
    expect(show.schedule).toEqual(['Sat', 'Sun']);
    expect(show.episodes).toBeUndefined();
    expect(provenance.shows.get('my-liberation-notes')).toMatchObject({
      title: 'file',
      cast: 'file',
      schedule: 'file',
    });
    expect(catalog.people.find((p) => p.id === 'son-suk-ku')).toMatchObject({
      name: 'Son Suk-ku',
      ids: { tmdb: 900302, wikidata: 'Q900000201' },
    });
    expect(catalog.people.map((p) => p.id)).not.toContain('son-seok-gu');
    // A file imported later overrides synced facts; the synced ids stay.
    const edited = JSON.parse(small);
    edited.shows[0].aliases = ['Liberation Notes'];
    await importCatalog(database.db, { text: JSON.stringify(edited), origin: 'v2.json' });
    const after = (await readCatalog(database.db)).shows[0];
    expect(after).toMatchObject({ aliases: ['Liberation Notes'], ids: { tmdb: 900001, wikidata: 'Q900000001' } });
  });

  it.runIf(target.available)('fills a Wikidata show in from TMDB when it airs, and says what changed', async () => {
    await syncCatalog(database.db, config, 'wikidata', fast);
    const before = (await readCatalog(database.db)).shows[0];
    expect(before).toMatchObject({ id: 'my-liberation-notes', ids: { wikidata: 'Q900000001' }, episodeCount: 16 });
    expect(before.cast).toEqual([{ person: 'son-seok-gu', character: 'Mr. Gu' }]);
    const result = await syncAiringShows(database.db, config, { ...fast, today: '2022-05-20' });
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([{ showId: 'my-liberation-notes', fields: ['episodes', 'cast'] }]);
    const later = await syncAiringShows(database.db, config, { ...fast, today: '2022-07-01' });
    expect(later).toEqual({ changed: [], unchanged: [], failed: [] });
  });

  it.runIf(target.available)('retries 429 after Retry-After and 5xx with back-off', async () => {
    server.queue.set('/3/tv/900001', [
      { status: 429, headers: { 'retry-after': '0' }, body: { status_code: 25 } },
      { status: 503, raw: 'down' },
    ]);
    const summary = await syncCatalog(database.db, config, 'tmdb', fast);
    expect(summary).toMatchObject({ added: 1, failed: [] });
    expect(server.requests.filter((r) => r.startsWith('/3/tv/900001?'))).toHaveLength(3);
  });

  it.runIf(target.available)('stops with a clear reason on a wrong key, and writes nothing', async () => {
    const wrong = { ...config, tmdbToken: 'wrong' };
    const summary = await syncCatalog(database.db, wrong, 'tmdb', fast);
    expect(summary.interrupted).toMatchObject({ code: 'sync.unauthorized' });
    expect(summary.interrupted?.message).toBe('TMDB refused the credentials (HTTP 401); check the key');
    await expect(syncCatalog(database.db, { ...config, tmdbToken: null }, 'tmdb', fast)).rejects.toMatchObject({
      code: 'sync.not-configured',
    });
    expect((await readCatalog(database.db)).shows).toEqual([]);
  });

  it.runIf(target.available)('reports a malformed answer for that show and leaves the catalog as it was', async () => {
    server.override.set('/3/tv/900001/season/1', {
      status: 200,
      body: { season_number: 1, episodes: [{ air_date: 3 }] },
    });
    const summary = await syncCatalog(database.db, config, 'tmdb', fast);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].reason).toMatch(/^TMDB .*season\/1: the answer is not in the documented shape/);
    server.override.set('/sparql', { status: 200, raw: '{"head": ' });
    const wiki = await syncCatalog(database.db, config, 'wikidata', fast);
    expect(wiki.interrupted?.message).toMatch(/Wikidata .*: the answer is not JSON/);
    const catalog = await readCatalog(database.db);
    expect([catalog.shows, catalog.people, catalog.networks]).toEqual([[], [], []]);
  });

  it.runIf(target.available)('resumes an interrupted listing at the page where it stopped', async () => {
    const page = JSON.parse(readFileSync(new URL('./fixtures/tmdb-discover.json', import.meta.url), 'utf8'));
    server.queue.set('/3/discover/tv', [
      { status: 200, body: { ...page, total_pages: 2 } },
      { status: 502, raw: 'bad gateway' },
      { status: 502, raw: 'bad gateway' },
      { status: 502, raw: 'bad gateway' },
    ]);
    const first = await syncCatalog(database.db, config, 'tmdb', { ...fast, since: '2022-01-01' });
    expect(first).toMatchObject({ added: 1, interrupted: { code: 'sync.unavailable' } });
    expect(await readSyncCursor(database.db, 'tmdb')).toEqual({ since: '2022-01-01', page: 2 });
    server.requests.length = 0;
    const second = await syncCatalog(database.db, config, 'tmdb', { ...fast, since: '2022-01-01' });
    expect(second).toMatchObject({ resumedFromPage: 2, unchanged: 1 });
    expect(server.requests[0]).toMatch(/^\/3\/discover\/tv\?.*page=2.*air_date\.gte=2022-01-01/);
    expect(await readSyncCursor(database.db, 'tmdb')).toBeNull();
  });
});
