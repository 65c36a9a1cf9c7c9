import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { Database } from '../store/open-database.js';
import { resolveEpisodeDates } from './episode-dates.js';
import { importCatalog } from './import-catalog.js';
import { validateCatalog } from './validate-catalog.js';

/** When the Camellia Blooms: KBS2, 40 broadcast parts (two a night, Wednesdays and Thursdays), 20 streamed episodes. */
const camellia = (extra: Record<string, unknown>) => ({
  networks: [{ id: 'kbs2', name: 'KBS2' }],
  shows: [
    {
      id: 'when-the-camellia-blooms',
      title: 'When the Camellia Blooms',
      hangul: '동백꽃 필 무렵',
      network: 'kbs2',
      episodeCount: 20,
      firstAirDate: '2019-09-18',
      lastAirDate: '2019-11-21',
      schedule: ['Wed', 'Thu'],
      ...extra,
    },
  ],
});

describe('splitBroadcast in a catalog file', () => {
  it.each([
    ['streamed episodes', { splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'streamed' } }, []],
    [
      'broadcast parts',
      { episodeCount: 40, splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'broadcast' } },
      [],
    ],
    ['no fact at all', {}, []],
    [
      'one part per episode',
      { splitBroadcast: { partsPerEpisode: 1, catalogNumbering: 'streamed' } },
      ['$.shows[0].splitBroadcast.partsPerEpisode: Too small: expected number to be >=2'],
    ],
    [
      'an unknown numbering',
      { splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'netflix' } },
      [expect.stringMatching(/^\$\.shows\[0\]\.splitBroadcast\.catalogNumbering: Invalid option/)],
    ],
    [
      'a misspelt key',
      { splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'streamed', parts: 2 } },
      [expect.stringMatching(/^\$\.shows\[0\]\.splitBroadcast: Unrecognized key: "parts"/)],
    ],
  ])('%s', (_name, extra, problems) => {
    const result = validateCatalog(camellia(extra));
    expect(result.ok ? [] : result.problems).toEqual(problems);
  });

  it('puts every part of a night on its scheduled day when the catalog counts parts', () => {
    const parts = resolveEpisodeDates({
      episodeCount: 40,
      firstAirDate: '2019-09-18',
      schedule: ['Wed', 'Thu'],
      splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'broadcast' },
    });
    expect(parts).toHaveLength(40);
    expect(parts.slice(0, 4).map((e) => e.airDate)).toEqual(['2019-09-18', '2019-09-18', '2019-09-19', '2019-09-19']);
    expect(parts.at(-1)).toEqual({ number: 40, airDate: '2019-11-21' });
    const streamed = resolveEpisodeDates({
      episodeCount: 20,
      firstAirDate: '2019-09-18',
      schedule: ['Wed', 'Thu'],
      splitBroadcast: { partsPerEpisode: 2, catalogNumbering: 'streamed' },
    });
    expect(streamed.at(-1)).toEqual({ number: 20, airDate: '2019-11-21' });
  });
});

describe.each(storageTargets)('splitBroadcast stored on $name', (target) => {
  let database: Database;
  beforeEach(async () => {
    if (target.available) database = await target.open();
  });
  afterEach(async () => database?.close());

  it.runIf(target.available)('is imported, read back and exported; a later file without it removes it', async () => {
    const split = { partsPerEpisode: 2, catalogNumbering: 'broadcast' };
    const file = JSON.stringify(camellia({ episodeCount: 40, splitBroadcast: split }));
    await importCatalog(database.db, { text: file, origin: 'camellia.json' });
    expect((await readCatalog(database.db)).shows[0].splitBroadcast).toEqual(split);
    const again = await importCatalog(database.db, { text: file, origin: 'camellia.json' });
    expect(again.shows).toEqual({ added: 0, updated: 0, unchanged: 1 });
    await importCatalog(database.db, { text: JSON.stringify(camellia({})), origin: 'v2.json' });
    expect((await readCatalog(database.db)).shows[0].splitBroadcast).toBeUndefined();
  });
});
