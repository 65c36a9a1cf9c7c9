import { describe, expect, it } from 'vitest';
import { planMatches } from './search-plan.js';
import type { SearchTerm } from './search-query.js';
import type { SearchStats } from './search-stats.js';

/** Shares as a million items of the search bench hold them (pg_stats after ANALYZE); 'souls' and 'world' rare. */
const freqs = new Map([
  ['the', 1],
  ['of', 1],
  ['kim', 0.104],
  ['lee', 0.117],
  ['beyond', 0.074],
  ['evil', 0.074],
  ['shin', 0.042],
  ['shines', 0.211],
  ['mine', 0.0086],
]);
const million: SearchStats = { freqs, rare: 0.005, perMonth: 28_000 };
const hundredThousand: SearchStats = { ...million, perMonth: 2_800 };
const w = (term: string): SearchTerm => ({ term, prefix: false });
const p = (term: string): SearchTerm => ({ term, prefix: true });

const cases: Array<[string, SearchTerm[], SearchStats | null, number | null, string[], string[]]> = [
  ['no statistics: every term asked of the index', [w('the'), p('kim')], null, null, ['the', 'kim'], []],
  ['a word in 10 %: the newest 2,885 items first', [p('kim')], million, 2885, ['kim'], []],
  ['the same at 100,000 items: a month holds fewer', [p('kim')], hundredThousand, null, ['kim'], []],
  ['a prefix of common words', [p('shin')], million, 1186, ['shin'], []],
  ['common words checked on the rows found', [w('world'), w('of'), p('the')], million, null, ['world'], ['of', 'the']],
  ['a 7 % title', [w('beyond'), p('evil')], million, null, ['beyond'], ['evil']],
  ['all common: the rarest asked', [w('the'), w('of')], million, 300, ['the'], ['of']],
  ['a rare prefix stays in the index', [w('kim'), p('hometo')], million, null, ['kim', 'hometo'], []],
  ['a word under 2 % as a prefix stays', [p('mine')], million, null, ['mine'], []],
  ['a known prefix checked when a rarer word is asked', [w('full'), p('mine')], million, null, ['full'], ['mine']],
  ['but not for a commoner word', [w('beyond'), p('mine')], million, null, ['beyond', 'mine'], []],
];

describe('planMatches', () => {
  it.each(cases)('%s', (_, terms, stats, head, index, filter) => {
    const plan = planMatches(terms, 200, stats);
    expect(plan).toEqual({
      head,
      index: terms.filter((t) => index.includes(t.term)),
      filter: terms.filter((t) => filter.includes(t.term)),
    });
  });
});
