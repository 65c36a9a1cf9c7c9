import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import type { FeedEntry } from '../parse/feed-types.js';
import type { FeedRow } from '../store/feeds-repository.js';
import { findKnownKeys, insertItem, insertItems, type NewItem, readTitlesBetween } from '../store/items-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import { titleKeyOf } from './prepare-item.js';
import type { ItemResult, ItemStatus } from './refresh-feed.js';
import { trigramSimilarity, trigramsOf } from './title-similarity.js';

const numbersOf = (key: string) => (key.match(/\d+/g) ?? []).join(' ');
const window = 36 * 3600_000;

/** For each dated entry, an item of another feed that tells the same story, if any. */
async function findTwins(deps: IngestDeps, feed: FeedRow, entries: FeedEntry[]): Promise<Map<FeedEntry, string>> {
  const twins = new Map<FeedEntry, string>();
  const times = entries.map((e) => Date.parse(e.publishedAt!));
  if (!entries.length) return twins;
  const candidates = (
    await readTitlesBetween(
      deps.db,
      new Date(Math.min(...times) - window),
      new Date(Math.max(...times) + window),
      feed.id,
    )
  ).map((c) => ({ id: c.id, title_key: c.title_key, at: c.published_at?.getTime() ?? 0 }));
  // Candidates by the numbers of their titles (only titles with the same numbers can be twins), each bucket in time
  // order, so an entry is compared with the few candidates of its bucket and window, not with every candidate.
  const buckets = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const numbers = numbersOf(c.title_key);
    const bucket = buckets.get(numbers);
    if (bucket) bucket.push(c);
    else buckets.set(numbers, [c]);
  }
  for (const bucket of buckets.values()) bucket.sort((a, b) => a.at - b.at);
  const grams = new Map<string, Set<string>>();
  const gramsOf = (key: string) => grams.get(key) ?? grams.set(key, trigramsOf(key)).get(key)!;
  entries.forEach((entry, n) => {
    const key = titleKeyOf(entry.title);
    const bucket = buckets.get(numbersOf(key)) ?? [];
    let lo = 0;
    for (let hi = bucket.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (bucket[mid].at < times[n] - window) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < bucket.length && bucket[i].at <= times[n] + window; i++)
      if (trigramSimilarity(gramsOf(key), gramsOf(bucket[i].title_key)) >= 0.85) {
        twins.set(entry, bucket[i].id);
        break;
      }
  });
  return twins;
}

/**
 * Sorts a feed's entries into new ones and those settled already: known by GUID or canonical URL ('unchanged'), or
 * the same story from another feed ('duplicate': a near-identical title within a day and a half; titles that differ
 * in a number, "episode 3 ratings" and "episode 4 ratings", are different stories however alike the rest).
 */
export async function sortEntries(
  deps: IngestDeps,
  feed: FeedRow,
  entries: FeedEntry[],
): Promise<{ settled: Map<FeedEntry, ItemResult>; fresh: FeedEntry[] }> {
  const known = await findKnownKeys(
    deps.db,
    feed.id,
    entries.flatMap((e) => (e.guid ? [e.guid] : [])),
    entries.flatMap((e) => canonicalizeUrl(e.url) ?? []),
  );
  const settled = new Map<FeedEntry, ItemResult>();
  const unknown = entries.filter((e) => {
    const canonical = canonicalizeUrl(e.url);
    const isKnown = (e.guid && known.guids.has(e.guid)) || (canonical && known.urls.has(canonical));
    if (isKnown) settled.set(e, { title: e.title, url: e.url, status: 'unchanged' });
    return !isKnown;
  });
  const twins = await findTwins(
    deps,
    feed,
    unknown.filter((e) => e.publishedAt && !Number.isNaN(Date.parse(e.publishedAt))),
  );
  for (const [e, id] of twins) settled.set(e, { title: e.title, url: e.url, status: 'duplicate', id });
  return { settled, fresh: unknown.filter((e) => !settled.has(e)) };
}

/** Stores prepared items in one transaction; if that fails, one by one, so one bad item never drops the rest. */
export async function storeItems(deps: IngestDeps, items: NewItem[]): Promise<Map<string, ItemResult>> {
  const results = new Map<string, ItemResult>();
  const report = (item: NewItem, status: ItemStatus, error?: string) =>
    results.set(item.id, { title: item.title, url: item.url, status, id: item.id, ...(error ? { error } : {}) });
  try {
    const added = await insertItems(deps.db, items);
    for (const item of items) report(item, added.has(item.id) ? 'added' : 'unchanged');
  } catch {
    for (const item of items) {
      try {
        report(item, (await insertItem(deps.db, item)) ? 'added' : 'unchanged');
      } catch (error) {
        report(item, 'failed', `cannot store it: ${(error as Error).message}`);
      }
    }
  }
  return results;
}
