import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTitleIndex } from './build-title-index.js';
import { findTitles } from './find-titles.js';
import { testIndex, testNetworks, testShows } from './title-fixtures.js';
import type { SupportSpan } from './title-types.js';

const read = (text: string, support: SupportSpan[] = []) =>
  findTitles(text, testIndex(), support).map((m) => ({ text: m.text, showId: m.showId, candidates: m.candidates }));

describe('findTitles: overlaps and collisions', () => {
  it.each([
    ['the longer title wins', 'Hospital Playlist 2 premiered in June.', 'Hospital Playlist 2', 'hospital-playlist-2'],
    [
      'the shorter still stands alone',
      'Hospital Playlist premiered in March.',
      'Hospital Playlist',
      'hospital-playlist',
    ],
    ['a longer Hangul title wins', '슬기로운 의사생활 시즌2 방영', '슬기로운 의사생활 시즌2', 'hospital-playlist-2'],
    [
      'an alias containing a title',
      'Guardian: The Lonely and Great God',
      'Guardian: The Lonely and Great God',
      'goblin',
    ],
  ])('%s', (_name, text, span, showId) => {
    expect(read(text)).toEqual([{ text: span, showId, candidates: [showId] }]);
  });

  it('two shows with one title: no show, both candidates', () => {
    expect(read('Critics praised Mother for its restraint.')).toEqual([
      { text: 'Mother', showId: null, candidates: ['mother-tvn', 'mother-kbs'] },
    ]);
  });

  it('a collision is capped in confidence', () => {
    expect(findTitles('Critics praised Mother for its restraint.', testIndex())[0].confidence).toBeLessThanOrEqual(0.6);
  });

  it.each([
    ['the network nearby', 'Critics praised Mother, a KBS drama.', 'mother-kbs'],
    ['the other network nearby', 'Critics praised Mother on tvN.', 'mother-tvn'],
  ])('a collision settled by %s', (_name, text, showId) => {
    const [m] = findTitles(text, testIndex());
    expect(m.showId).toBe(showId);
    expect(m.candidates[0]).toBe(showId);
    expect(m.candidates).toHaveLength(2);
  });

  it('a collision settled by a support span', () => {
    const text = 'Critics praised Mother. Lee Bo-young starred.';
    const start = text.indexOf('Lee');
    expect(read(text, [{ start, end: start + 12, showIds: ['mother-tvn'] }])[0].showId).toBe('mother-tvn');
  });

  it('a Hangul collision across Korean and English titles stays apart', () => {
    expect(read('드라마 마더를 봤다')[0].showId).toBe('mother-tvn');
  });

  it('several titles in one text, in order', () => {
    const text = '“Mine” and Vincenzo, then 나의 해방일지 and Squid Game.';
    expect(read(text).map((m) => m.showId)).toEqual(['mine', 'vincenzo', 'my-liberation-notes', 'squid-game']);
  });

  it('an index with no shows finds nothing', () => {
    expect(findTitles('Vincenzo and Mine', buildTitleIndex([], []))).toEqual([]);
  });
});

describe('findTitles: properties', () => {
  const pieces = [
    'Vincenzo',
    '“Mine”',
    'mine',
    ' ',
    ', ',
    '. ',
    '\n',
    'Hospital Playlist',
    ' 2',
    '나의 해방일지',
    '는 ',
    'Start-Up',
    "What's Wrong with Secretary Kim",
    'the ',
    'The Glory',
    'Mother',
    'tvN',
    'JTBC’s ',
    'drama',
    'Naui Haebang Ilji',
    'Stranger',
    'Things',
    'x',
    '2521',
    '’s',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

  it('spans are in order, never overlap, and slice to their text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = findTitles(text, testIndex());
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(m.showId === null ? m.candidates.length >= 2 : m.candidates[0] === m.showId).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every title of the catalog is found when quoted in a sentence', () => {
    const index = buildTitleIndex(testShows, testNetworks);
    for (const show of testShows) {
      const found = findTitles(`Everyone loves “${show.title}” these days.`, index);
      expect(
        found.map((m) => m.candidates.includes(show.showId)),
        show.title,
      ).toEqual([true]);
    }
  });
});
