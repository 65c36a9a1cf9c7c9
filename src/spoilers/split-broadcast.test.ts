import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../analyze/analysis-types.js';
import type { SplitBroadcast } from '../catalog/catalog-schema.js';
import { resolveEpisodeDates } from '../catalog/episode-dates.js';
import { parsePlainArticle } from '../extract/parse-plain-article.js';
import { decideSpoilers } from './decide-spoilers.js';
import { numberingUnclear, readNumber } from './map-episode-ref.js';
import type { EpisodeRef, ShowFacts } from './spoiler-types.js';

/**
 * When the Camellia Blooms (KBS2, 2019-09-18 to 2019-11-21, Wednesdays and Thursdays): 40 broadcast parts, two a
 * night, which streaming sites list as 20 episodes. The same show as a catalog of either numbering.
 */
function camellia(catalogNumbering: SplitBroadcast['catalogNumbering']): ShowFacts {
  const splitBroadcast: SplitBroadcast = { partsPerEpisode: 2, catalogNumbering };
  const episodeCount = catalogNumbering === 'broadcast' ? 40 : 20;
  return {
    id: 'when-the-camellia-blooms',
    title: 'When the Camellia Blooms',
    episodeCount,
    episodes: resolveEpisodeDates({
      episodeCount,
      firstAirDate: '2019-09-18',
      schedule: ['Wed', 'Thu'],
      splitBroadcast,
    }),
    lastAirDate: '2019-11-21',
    castPersonIds: [],
    splitBroadcast,
  };
}

const names = ['When The Camellia Blooms', 'When the Camellia Blooms', '동백꽃 필 무렵'];
function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({
        text: name,
        start: at,
        end: at + name.length,
        kind: 'show',
        id: 'when-the-camellia-blooms',
        confidence: 0.9,
      });
  return out.sort((a, b) => a.start - b.start);
}

interface Expected {
  throughEpisode: number;
  unsure: boolean;
}
interface Fixture {
  name: string;
  published: string;
  text: string;
  streamed: Expected;
  broadcast: Expected;
}
const fixtures: Fixture[] = JSON.parse(
  readFileSync(new URL('./fixtures/split-broadcast.json', import.meta.url), 'utf8'),
);

describe('split broadcasts: golden articles read with the catalog numbering', () => {
  it.each(
    fixtures.flatMap((f) => (['streamed', 'broadcast'] as const).map((numbering) => [f.name, numbering, f] as const)),
  )('%s (catalog counts %s)', (_name, numbering, f) => {
    const doc = parsePlainArticle(f.text, { published: f.published });
    const show = camellia(numbering);
    const { spoilers } = decideSpoilers({ doc, mentions: mentionsIn(doc.text), shows: [show], today: '2026-12-01' });
    expect(spoilers).toHaveLength(1);
    const expected = f[numbering];
    expect(spoilers[0].throughEpisode).toBe(expected.throughEpisode);
    // Unsure is below 0.7 (src/spoilers/README.md, "Confidence").
    expect(spoilers[0].confidence < 0.7).toBe(expected.unsure);
  });
});

const ref = (episode: number, korean: boolean): EpisodeRef => ({
  start: 0,
  end: 1,
  text: '',
  episode,
  korean,
  rule: 'explicit-episode',
});

describe('readNumber and numberingUnclear', () => {
  it.each([
    // catalog numbering, number written, written with 회/화, catalog episode, unclear
    ['streamed', 7, false, 7, true],
    ['streamed', 1, false, 1, false],
    ['streamed', 14, true, 7, false],
    ['streamed', 13, true, 7, false],
    ['streamed', 30, false, 15, false],
    ['streamed', 40, true, 20, false],
    ['broadcast', 7, false, 14, true],
    ['broadcast', 20, false, 40, true],
    ['broadcast', 30, false, 30, false],
    ['broadcast', 14, true, 14, false],
  ] as const)('%s catalog, "%i" (Korean: %s) -> %i, unclear %s', (numbering, n, korean, episode, unclear) => {
    const show = camellia(numbering);
    expect(readNumber(n, korean, show)).toBe(episode);
    expect(numberingUnclear(ref(n, korean), show)).toBe(unclear);
  });

  it('guesses two parts a night from the air dates when the catalog says nothing', () => {
    const { splitBroadcast: _, ...show } = camellia('broadcast');
    expect(readNumber(7, false, show)).toBe(14);
    expect(numberingUnclear(ref(7, false), show)).toBe(true);
    expect(readNumber(7, true, show)).toBe(7);
  });
});
