import type { SearchTerm } from './search-query.js';
import type { SearchStats } from './search-stats.js';

/**
 * How to find the newest matches of a search's terms (search-repository.ts). With no statistics, every term is
 * asked of the index month by month (`index`). With them:
 *
 * - `head`: when the terms are so common that the newest `limit` matches lie among the newest few thousand items
 *   (fewer than one month's matches), those items are read in order and their vectors checked: 'kim' (10 % of items)
 *   fills 200 in ~2,000 items, where the index finds ~2,900 in a month and, as a prefix ('kim':*), first gathers every
 *   item holding a word that starts with it (40-80 ms a month at a million items). The month steps follow, for the
 *   items older than those, in case the statistics were wrong.
 * - `filter`: the common terms checked on the rows the index finds for the others instead of asked of the index: a
 *   prefix costs the posting lists of every word it starts, per month step, and a word in most items ('of', 'the')
 *   makes the index step through a long list ('world' & 'of' in a month: 7-12 ms, 'world' alone 0.5 ms).
 */
export interface MatchPlan {
  /** Read the newest this many items first, or null. */
  head: number | null;
  index: SearchTerm[];
  filter: SearchTerm[];
}

const maxHead = 6000;
/** Items read per match needed, over the estimate: a margin for chance. */
const headMargin = 1.5;
/** Prefixes of lexemes in at least this share of items, and words in at least this share, are checked, not asked. */
const commonPrefix = 0.02;
const commonWord = 0.2;

export function planMatches(terms: SearchTerm[], limit: number, stats: SearchStats | null): MatchPlan {
  if (!stats || !terms.length) return { head: null, index: terms, filter: [] };
  // A prefix's share counts the common lexemes it starts; one that starts none may still start many rare ones.
  const known = terms.map((t) => (t.prefix ? [...stats.freqs.keys()].some((l) => l.startsWith(t.term)) : true));
  const shares = terms.map((t) => {
    if (!t.prefix) return stats.freqs.get(t.term) ?? stats.rare / 2;
    let sum = 0;
    for (const [lexeme, f] of stats.freqs) if (lexeme.startsWith(t.term)) sum += f;
    return sum ? Math.min(1, sum) : stats.rare / 2;
  });
  // Terms that go together (a title's words) are found together: the rarest term bounds how common they are.
  const least = Math.min(...shares);
  const headRows = limit / least;
  const head = headRows <= maxHead && headRows < least * stats.perMonth ? Math.ceil(headMargin * headRows) : null;
  // A known prefix is checked, too, when a word rarer than it is asked ('full' & 'kang':*, 2 %: 9 ms a month).
  const rarestWord = Math.min(...terms.map((t, k) => (t.prefix || shares[k] >= commonWord ? 1 : shares[k])));
  const common = terms.map((t, k) =>
    t.prefix ? shares[k] >= commonPrefix || (known[k] && rarestWord < shares[k]) : shares[k] >= commonWord,
  );
  if (common.every(Boolean)) common[shares.indexOf(least)] = false;
  return {
    head: head === null ? null : Math.max(limit, Math.min(maxHead, head)),
    index: terms.filter((_, k) => !common[k]),
    filter: terms.filter((_, k) => common[k]),
  };
}
