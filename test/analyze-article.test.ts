import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { parsePlainArticle } from '../src/extract/parse-plain-article.js';
import { buildLinker } from '../src/link/build-linker.js';

const parsed = validateCatalog(
  JSON.parse(readFileSync(new URL('../data/starter-catalog.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const linker = buildLinker(parsed.catalog);
const analyze = (text: string, published: string | null) =>
  analyzeArticle(parsePlainArticle(text, { published }), linker, { today: '2026-11-25' });

describe('analyzeArticle', () => {
  it('finds the show of two co-stars from their episode talk, even when the show is not named', () => {
    const a = analyze(
      'Bloopers\n\nShin Min-a and Kim Seon-ho laugh through their scene from episode 8 in a new video.',
      '2021-09-30',
    );
    expect(a.shows).toEqual([]);
    expect(a.spoilers).toEqual([expect.objectContaining({ show: 'hometown-cha-cha-cha', throughEpisode: 8 })]);
  });

  it('does not spoil a show for real-life news of its co-stars', () => {
    const a = analyze(
      'Celebrity news\n\nHyun Bin and Son Ye-jin married in Seoul in front of family and friends.',
      '2022-04-01',
    );
    expect(a.spoilers).toEqual([]);
  });

  it('counts a show only once however it is named', () => {
    const a = analyze(
      '“My Liberation Diary” (나의 해방일지) aired on JTBC; My Liberation Notes starred Son Suk-ku.',
      '2022-06-01',
    );
    expect(a.shows).toEqual([{ id: 'my-liberation-notes', title: 'My Liberation Notes', mentions: 3 }]);
  });
});
