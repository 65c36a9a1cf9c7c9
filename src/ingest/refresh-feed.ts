import type { ArticleDoc } from '../analyze/analysis-types.js';
import { isAppError } from '../errors/app-error.js';
import { decodeBytes } from '../extract/decode-bytes.js';
import type { FeedEntry } from '../parse/feed-types.js';
import { parseFeed } from '../parse/parse-feed.js';
import { type FeedRow, recordFetch } from '../store/feeds-repository.js';
import type { NewItem } from '../store/items-repository.js';
import { recordUnknownTitles } from '../store/unknown-titles-repository.js';
import { findUnknownTitles } from '../sync/find-unknown-titles.js';
import { mapLimit } from './host-limiter.js';
import type { IngestDeps } from './ingest-deps.js';
import type { StoredAnalysis } from './load-analyzer.js';
import { prepareInline, prepareInPool, prepareItem } from './prepare-item.js';
import { selectEntries } from './select-entries.js';
import { sortEntries, storeItems } from './store-entries.js';

export type ItemStatus = 'added' | 'unchanged' | 'duplicate' | 'failed';

export interface ItemResult {
  title: string;
  url: string | null;
  status: ItemStatus;
  id?: string;
  error?: string;
}

export interface FeedRefreshResult {
  feedId: number;
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  error?: string;
  counts: Record<ItemStatus, number>;
  items: ItemResult[];
  /** Entries the feed itself had that could not be read, with the reason. */
  skipped: Array<{ index: number; reason: string }>;
}

const maxBackoffMinutes = 24 * 60;
/** New items are stored this many at a time, each batch in one transaction. */
const storeChunk = 25;
/** A feed with at least this many new items has their CPU work done in the analysis pool's worker threads. */
export const poolMinItems = 8;

/** Minutes until the next try: the feed's interval, doubled for each error in a row, at most a day. */
export function backoffMinutes(intervalMinutes: number, errorCount: number): number {
  return Math.min(maxBackoffMinutes, intervalMinutes * 2 ** Math.min(errorCount, 10));
}

/** Titles new items present as dramas that the catalog lacks, collected for `catalog unknown`. */
async function recordUnknown(deps: IngestDeps, items: NewItem[]): Promise<void> {
  for (const item of items) {
    const titles = findUnknownTitles((item.doc as ArticleDoc).text, (item.analysis as StoredAnalysis).mentions);
    if (titles.length)
      await recordUnknownTitles(deps.db, { itemId: item.id, itemTitle: item.title, url: item.url, titles });
  }
}

/** The new entries through extract, sanitize and analyse (four at a time), then into the store. */
async function ingestEntries(deps: IngestDeps, feed: FeedRow, entries: FeedEntry[]): Promise<ItemResult[]> {
  const { settled, fresh } = await sortEntries(deps, feed, entries);
  // One analyser for the whole feed: the catalog is read once, not once per item.
  const analyzer = await deps.analyzer();
  const feedDeps: IngestDeps = { ...deps, analyzer: async () => analyzer };
  const pool = fresh.length >= poolMinItems ? deps.pool?.() : undefined;
  const run = pool ? prepareInPool(pool) : prepareInline;
  const ids = new Map<FeedEntry, string>();
  const stored = new Map<string, ItemResult>();
  // In chunks: each chunk's items are stored in one transaction as soon as they are ready, so a feed of many
  // slow pages makes progress that a crash or a restart does not lose.
  for (let start = 0; start < fresh.length; start += storeChunk) {
    const chunk = fresh.slice(start, start + storeChunk);
    // Enough items in flight to keep every worker busy while the event loop fetches, parses and stores.
    const prepared = await mapLimit(chunk, pool ? 2 * pool.size + 2 : 4, async (entry) => {
      try {
        const item = await prepareItem(entry, { feedId: feed.id, sourceName: feed.title }, feedDeps, run);
        ids.set(entry, item.id);
        return item;
      } catch (error) {
        settled.set(entry, { title: entry.title, url: entry.url, status: 'failed', error: (error as Error).message });
        return null;
      }
    });
    // Two entries of one feed can be the same article (one URL, two GUIDs): the first one wins.
    const chunkIds = new Set<string>();
    const unique = prepared.filter((p): p is NewItem => {
      if (p === null || stored.has(p.id) || chunkIds.has(p.id)) return false;
      chunkIds.add(p.id);
      return true;
    });
    for (const [id, result] of await storeItems(deps, unique)) stored.set(id, result);
    await recordUnknown(
      deps,
      unique.filter((p) => stored.get(p.id)?.status === 'added'),
    );
  }
  const reported = new Set<string>();
  return entries.map((entry) => {
    const early = settled.get(entry);
    if (early) return early;
    const id = ids.get(entry);
    const outcome = id && !reported.has(id) ? stored.get(id) : undefined;
    if (id) reported.add(id);
    return outcome ?? { title: entry.title, url: entry.url, status: 'unchanged', ...(id ? { id } : {}) };
  });
}

/**
 * One feed through every stage: a conditional GET, parse, then for each new entry extract, sanitize, analyse and
 * store. Known entries (by GUID or canonical URL) and near-identical twins from other feeds are skipped, so a second
 * refresh changes nothing. One bad entry is reported and never stops the rest; a feed that fails is backed off.
 * The CLI, the server and the scheduler all call this.
 */
export async function refreshFeed(
  deps: IngestDeps,
  feed: FeedRow,
  options: { force?: boolean } = {},
): Promise<FeedRefreshResult> {
  const at = deps.now();
  const counts: Record<ItemStatus, number> = { added: 0, unchanged: 0, duplicate: 0, failed: 0 };
  const result: FeedRefreshResult = { feedId: feed.id, url: feed.url, status: 'ok', counts, items: [], skipped: [] };
  const next = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
  let response: Awaited<ReturnType<IngestDeps['fetch']>>;
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
    };
    if (!options.force && feed.etag) headers['if-none-match'] = feed.etag;
    if (!options.force && feed.last_modified) headers['if-modified-since'] = feed.last_modified;
    response = await deps.limiter.run(feed.url, () => deps.fetch(feed.url, { headers }));
    if (response.status === 304) {
      await recordFetch(deps.db, feed.id, { ok: true, at, next: next(feed.interval_minutes) });
      return { ...result, status: 'not-modified' };
    }
    parsed = parseFeed({ text: decodeBytes(response.bytes, response.contentType), url: feed.url });
  } catch (error) {
    const message = isAppError(error) ? error.message : `${feed.url}: ${(error as Error).message}`;
    await recordFetch(deps.db, feed.id, {
      ok: false,
      at,
      next: next(backoffMinutes(feed.interval_minutes, feed.error_count + 1)),
      error: message,
    });
    return { ...result, status: 'failed', error: message };
  }
  // The same entry twice in one document counts once; a pass reads at most the newest `maxEntriesPerPass`.
  const { entries, leftOut } = selectEntries(parsed.entries);
  result.items = await ingestEntries(deps, feed, entries);
  for (const item of result.items) counts[item.status]++;
  result.skipped = leftOut ? [...parsed.skipped, leftOut] : parsed.skipped;
  await recordFetch(deps.db, feed.id, {
    ok: true,
    at,
    next: next(feed.interval_minutes),
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
    title: parsed.title,
    siteUrl: parsed.siteUrl,
    kind: parsed.youtubeChannelId ? 'youtube' : 'feed',
  });
  return result;
}
