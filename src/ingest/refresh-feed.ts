import { isAppError } from '../errors/app-error.js';
import { decodeBytes } from '../extract/decode-bytes.js';
import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import type { FeedEntry } from '../parse/feed-types.js';
import { parseFeed } from '../parse/parse-feed.js';
import { type FeedRow, recordFetch } from '../store/feeds-repository.js';
import { findKnownKeys, findNearDuplicate, insertItem } from '../store/items-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import { mapLimit } from './host-limiter.js';
import { prepareItem, titleKeyOf } from './prepare-item.js';

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

/** Minutes until the next try: the feed's interval, doubled for each error in a row, at most a day. */
export function backoffMinutes(intervalMinutes: number, errorCount: number): number {
  return Math.min(maxBackoffMinutes, intervalMinutes * 2 ** Math.min(errorCount, 10));
}

async function ingestEntry(
  entry: FeedEntry,
  feed: FeedRow,
  known: { guids: Set<string>; urls: Set<string> },
  deps: IngestDeps,
): Promise<ItemResult> {
  const base = { title: entry.title, url: entry.url };
  try {
    const canonical = canonicalizeUrl(entry.url);
    if ((entry.guid && known.guids.has(entry.guid)) || (canonical && known.urls.has(canonical)))
      return { ...base, status: 'unchanged' };
    if (entry.publishedAt) {
      const twin = await findNearDuplicate(deps.db, titleKeyOf(entry.title), new Date(entry.publishedAt), feed.id);
      if (twin) return { ...base, status: 'duplicate', id: twin };
    }
    const item = await prepareItem(entry, { feedId: feed.id, sourceName: feed.title }, deps);
    const added = await insertItem(deps.db, item);
    return { ...base, status: added ? 'added' : 'unchanged', id: item.id };
  } catch (error) {
    return { ...base, status: 'failed', error: (error as Error).message };
  }
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
  // The same entry twice in one document counts once.
  const entries = parsed.entries.filter(
    (e, i) => parsed.entries.findIndex((o) => (o.guid ?? o.url) === (e.guid ?? e.url)) === i,
  );
  const known = await findKnownKeys(
    deps.db,
    feed.id,
    entries.flatMap((e) => (e.guid ? [e.guid] : [])),
    entries.flatMap((e) => canonicalizeUrl(e.url) ?? []),
  );
  result.items = await mapLimit(entries, 4, (entry) => ingestEntry(entry, feed, known, deps));
  for (const item of result.items) counts[item.status]++;
  result.skipped = parsed.skipped;
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
