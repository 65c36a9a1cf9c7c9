import { describe, expect, it } from 'vitest';
import { buildTitleIndex } from './build-title-index.js';
import { lookupKey } from './key-table.js';
import { testIndex } from './title-fixtures.js';

const forms = (key: string) =>
  (lookupKey(testIndex().table, key) ?? []).map((f) => [testIndex().shows[f.show].showId, f.form, f.weak]);

describe('buildTitleIndex', () => {
  it.each([
    ['myliberationnotes', [['my-liberation-notes', 'title', false]]],
    ['myliberationdiary', [['my-liberation-notes', 'alias', false]]],
    ['나의해방일지', [['my-liberation-notes', 'hangul', false]]],
    ['nauihaebangilji', [['my-liberation-notes', 'romanized', false]]],
    ['mine', [['mine', 'title', true]]],
    ['마인', [['mine', 'hangul', true]]],
    ['startup', [['start-up', 'title', true]]],
    ['vincenzo', [['vincenzo', 'title', false]]],
    ['glory', [['the-glory', 'title', true]]],
    ['2521', [['twenty-five', 'alias', true]]],
    ['squidgame', [['squid-game', 'title', true]]],
    ['hospitalplaylist', [['hospital-playlist', 'title', false]]],
    [
      'mother',
      [
        ['mother-tvn', 'title', true],
        ['mother-kbs', 'title', true],
      ],
    ],
    ['sky캐슬', [['sky-castle', 'hangul', false]]],
  ])('%s', (key, expected) => {
    expect(forms(key)).toEqual(expected);
  });

  it('a romanization is never stored under a written title', () => {
    const index = buildTitleIndex(
      [
        { showId: 'a', title: 'Dokkaebi', aliases: [], hangul: '마법사', networkId: 'n' },
        { showId: 'b', title: 'Goblin', aliases: [], hangul: '도깨비', networkId: 'n' },
      ],
      [],
    );
    expect(lookupKey(index.table, 'dokkaebi')?.map((f) => [f.show, f.form])).toEqual([[0, 'title']]);
  });

  it('a Hangul alias is indexed as Hangul', () => {
    const index = buildTitleIndex(
      [{ showId: 'a', title: 'Goblin', aliases: ['쓸쓸하고 찬란하神 도깨비'], hangul: '도깨비', networkId: 'n' }],
      [],
    );
    expect(lookupKey(index.table, '쓸쓸하고찬란하')).toBeUndefined();
    expect(lookupKey(index.table, '도깨비')?.[0].form).toBe('hangul');
  });

  it('networks are indexed with their spellings', () => {
    const { exactVariants, looseVariants } = testIndex().networkMatcher;
    expect(exactVariants.get('KBS2TV')?.networkId).toBe('kbs');
    expect(looseVariants.get('disneyplus')?.networkId).toBe('disney-plus');
    expect(looseVariants.get('channela')?.needsCapital).toBe(true);
  });
});
