import { countOf } from '../i18n/count-of.js';
import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import type { FeedEntry } from '../parse/feed-types.js';

/** At most this many entries of one feed are read per pass: the newest ones (a feed lists its latest news). */
export const maxEntriesPerPass = 500;

/**
 * A feed document's entries for one pass: each entry once (the same GUID, canonical URL or, lacking both, title
 * twice counts once; the first wins), then the newest `max` of them. Linear in the number of entries, plus a sort
 * only when there are more than `max`.
 */
export function selectEntries(
  all: FeedEntry[],
  max = maxEntriesPerPass,
): { entries: FeedEntry[]; leftOut: { index: number; reason: string } | null } {
  const seen = new Set<string>();
  const unique: FeedEntry[] = [];
  for (const entry of all) {
    const key = entry.guid ? `g:${entry.guid}` : `u:${canonicalizeUrl(entry.url) ?? `t:${entry.title}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(entry);
  }
  if (unique.length <= max) return { entries: unique, leftOut: null };
  const time = (e: FeedEntry) => {
    const at = e.publishedAt ? Date.parse(e.publishedAt) : Number.NaN;
    return Number.isNaN(at) ? -Infinity : at;
  };
  const order = unique.map((entry, index) => ({ index, at: time(entry) }));
  // Newest first; undated entries keep their place in the document after the dated ones (the sort is stable).
  order.sort((a, b) => (b.at > a.at ? 1 : b.at < a.at ? -1 : 0));
  const kept = new Set(order.slice(0, max).map((o) => o.index));
  return {
    entries: unique.filter((_, i) => kept.has(i)),
    leftOut: {
      index: max,
      reason: `${countOf(unique.length - max, 'older entry', 'older entries')} ${unique.length - max === 1 ? 'was' : 'were'} left out: at most ${max} entries of a feed are read per pass`,
    },
  };
}
