import { describe, expect, it } from 'vitest';
import { type TimedEpisode, tmdbSplitBroadcast } from './tmdb-split-broadcast.js';

/** `nights` nights from 2019-09-18, `perNight` episodes each, of `runtime` minutes. */
function run(nights: number, perNight: number, runtime: number | null): TimedEpisode[] {
  return Array.from({ length: nights * perNight }, (_, i) => {
    const d = new Date(Date.UTC(2019, 8, 18 + Math.floor(i / perNight) * 3));
    return { airDate: d.toISOString().slice(0, 10), runtime };
  });
}

describe('tmdbSplitBroadcast', () => {
  it.each([
    ['two 35-minute parts every night', run(20, 2, 35), { partsPerEpisode: 2, catalogNumbering: 'broadcast' }],
    ['one 70-minute episode a night', run(16, 1, 70), undefined],
    ['two full episodes a night', run(8, 2, 65), undefined],
    ['parts without a running time', run(20, 2, null), undefined],
    ['a double premiere, then one a night', [...run(1, 2, 35), ...run(10, 1, 35).slice(1)], undefined],
    ['too few nights to tell', run(3, 2, 35), undefined],
    ['one night with a single part', [...run(10, 2, 35).slice(1)], undefined],
    ['nothing listed', [], undefined],
  ])('%s', (_name, episodes, expected) => {
    expect(tmdbSplitBroadcast(episodes)).toEqual(expected);
  });
});
