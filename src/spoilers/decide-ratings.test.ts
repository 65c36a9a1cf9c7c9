import { describe, expect, it } from 'vitest';
import { parsePlainArticle } from '../extract/parse-plain-article.js';
import { decideSpoilers } from './decide-spoilers.js';
import { mentionsIn, testShows } from './test-shows.js';

function decide(text: string, published: string) {
  const doc = parsePlainArticle(text, { published });
  const mentions = mentionsIn(doc.text);
  const ids = new Set(mentions.map((m) => (m.kind === 'person' ? '' : m.id!.split('/')[0])).filter(Boolean));
  const shows = Object.values(testShows).filter((s) => ids.has(s.id));
  return { doc, result: decideSpoilers({ doc, mentions, shows, today: '2026-11-25' }) };
}

// My Liberation Notes and Our Blues both began on Saturday 9 April 2022 and aired Saturdays and Sundays.
const cases: Array<{ name: string; published: string; text: string; ratings: Record<string, number> }> = [
  {
    name: 'an episode named by number',
    published: '2022-05-23',
    text: 'My Liberation Notes episode 12 ratings\n\nMy Liberation Notes recorded 5.8 percent nationwide for episode 12, according to Nielsen Korea.',
    ratings: { 'my-liberation-notes': 12 },
  },
  {
    name: 'no episode named: the latest aired at the publish date',
    published: '2022-05-16',
    text: 'My Liberation Notes holds steady\n\nMy Liberation Notes stayed at 4.5 percent nationwide on Sunday night, according to Nielsen Korea.',
    ratings: { 'my-liberation-notes': 12 },
  },
  {
    name: 'two shows in one sentence, one episode named',
    published: '2022-05-02',
    text: 'Weekend ratings\n\nMy Liberation Notes rose to 4.1 percent with episode 8, while Our Blues drew 12.0 percent, according to Nielsen Korea.',
    ratings: { 'my-liberation-notes': 8, 'our-blues': 8 },
  },
  {
    name: 'before the premiere there is no rating to report',
    published: '2022-03-01',
    text: 'JTBC bets on a slow drama\n\nThe channel hopes My Liberation Notes will lift its weekend ratings above 5 percent.',
    ratings: {},
  },
  {
    name: 'a plot recap with no ratings figure reports no ratings',
    published: '2022-05-23',
    text: 'My Liberation Notes episode 12 recap\n\nIn episode 12, Mr. Gu finally tells Mi-jeong why he left Seoul.',
    ratings: {},
  },
];

describe('decideSpoilers: the episodes whose ratings a text reports', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { doc, result } = decide(c.text, c.published);
    expect(Object.fromEntries(result.ratings.map((r) => [r.show, r.episode]))).toEqual(c.ratings);
    for (const r of result.ratings) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.rule).toBe('ratings');
        expect(doc.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('leaves the plot horizons alone: a ratings figure is no plot', () => {
    const { result } = decide(cases[0].text, cases[0].published);
    expect(result.kind).toBe('ratings');
    expect(result.spoilers).toEqual([]);
  });
});
