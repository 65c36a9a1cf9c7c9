import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { type Config, loadConfig } from '../config/load-config.js';
import { readCatalog, readCatalogFacts } from '../store/catalog-repository.js';
import type { Database } from '../store/open-database.js';
import { type FixtureServer, fixtureToken, startFixtureServer } from './fixture-server.js';
import { syncCatalog } from './sync-catalog.js';

/**
 * TMDB answers for a show broadcast in parts: When the Camellia Blooms (동백꽃 필 무렵), KBS2, 40 parts of about 35
 * minutes, two each Wednesday and Thursday from 2019-09-18 to 2019-11-21 (20 episodes on streaming sites). The TMDB
 * ids are stand-ins, as in the other fixtures.
 */
const nights = Array.from({ length: 20 }, (_, i) => {
  const d = new Date(Date.UTC(2019, 8, 18 + Math.floor(i / 2) * 7 + (i % 2)));
  return d.toISOString().slice(0, 10);
});
const tv = {
  id: 900001,
  name: 'When the Camellia Blooms',
  original_name: '동백꽃 필 무렵',
  original_language: 'ko',
  origin_country: ['KR'],
  first_air_date: '2019-09-18',
  last_air_date: '2019-11-21',
  number_of_episodes: 40,
  networks: [{ id: 900102, name: 'KBS2' }],
  seasons: [{ season_number: 1, episode_count: 40 }],
  alternative_titles: { results: [] },
  aggregate_credits: { cast: [], crew: [] },
  created_by: [],
};
const season = (runtime: number) => ({
  season_number: 1,
  episodes: nights.flatMap((night, i) => [
    { episode_number: 2 * i + 1, air_date: night, runtime },
    { episode_number: 2 * i + 2, air_date: night, runtime },
  ]),
});
const fast = { allowPrivate: true, intervalMs: 0, backoffMs: 1, retries: 2 };

let server: FixtureServer;
let config: Config;
beforeAll(async () => {
  server = await startFixtureServer();
  config = loadConfig({ HAEBANG_TMDB_TOKEN: fixtureToken, HAEBANG_TMDB_URL: server.url });
});
afterAll(() => server.close());
beforeEach(() => {
  server.override.clear();
  server.override.set('/3/tv/900001', { status: 200, body: tv });
  server.override.set('/3/tv/900001/season/1', { status: 200, body: season(35) });
});

describe.each(storageTargets)('split broadcasts from TMDB on $name', (target) => {
  let database: Database;
  beforeEach(async () => {
    if (target.available) database = await target.open();
  });
  afterEach(async () => database?.close());

  it.runIf(target.available)(
    'says a show whose episodes are two short parts a night was broadcast in parts',
    async () => {
      const summary = await syncCatalog(database.db, config, 'tmdb', fast);
      expect(summary).toMatchObject({ added: 1, failed: [] });
      const show = (await readCatalog(database.db)).shows[0];
      expect(show).toMatchObject({
        title: 'When the Camellia Blooms',
        episodeCount: 40,
        splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'broadcast' },
      });
      expect(show.episodes?.slice(0, 3).map((e) => e.airDate)).toEqual(['2019-09-18', '2019-09-18', '2019-09-19']);
    },
  );

  it.runIf(target.available)('says nothing when the episodes run a full hour', async () => {
    server.override.set('/3/tv/900001/season/1', { status: 200, body: season(70) });
    await syncCatalog(database.db, config, 'tmdb', fast);
    expect((await readCatalog(database.db)).shows[0].splitBroadcast).toBeUndefined();
  });

  it.runIf(target.available)('never replaces the numbering a file gave, and a file replaces a synced one', async () => {
    await syncCatalog(database.db, config, 'tmdb', fast);
    const synced = await readCatalogFacts(database.db);
    const show = synced.catalog.shows[0];
    expect(synced.provenance.shows.get(show.id)).toMatchObject({ splitBroadcast: 'tmdb' });
    const file = {
      shows: [
        {
          ...show,
          episodes: undefined,
          episodeCount: 20,
          schedule: ['Wed', 'Thu'],
          splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'streamed' },
        },
      ],
    };
    await importCatalog(database.db, { text: JSON.stringify(file), origin: 'camellia.json' });
    await syncCatalog(database.db, config, 'tmdb', fast);
    const after = await readCatalogFacts(database.db);
    expect(after.catalog.shows[0]).toMatchObject({
      episodeCount: 20,
      schedule: ['Wed', 'Thu'],
      splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'streamed' },
    });
    expect(after.provenance.shows.get(show.id)).toMatchObject({ splitBroadcast: 'file', episodeCount: 'file' });
  });
});
