import { dueFeeds } from '../store/feeds-repository.js';
import { mapLimit } from './host-limiter.js';
import type { IngestDeps } from './ingest-deps.js';
import type { FeedRefreshResult, ItemStatus } from './refresh-feed.js';
import { refreshUnclaimed } from './refresh-unclaimed.js';

export interface IngestOptions {
  /** Refresh every feed now, due or not, ignoring ETag and Last-Modified. */
  all?: boolean;
  /** Called as feeds finish, for a progress bar. */
  onProgress?(done: number, total: number, label: string): void;
}

export interface IngestSummary {
  feeds: number;
  /** Feeds another process (a `haebang worker`) was refreshing, or had refreshed since this pass saw them due. */
  elsewhere: number;
  failedFeeds: number;
  notModified: number;
  counts: Record<ItemStatus, number>;
  results: FeedRefreshResult[];
}

/** One pass over the feeds that are due (all of them with `all`), four at a time, at most two per host. */
export async function ingestFeeds(deps: IngestDeps, options: IngestOptions = {}): Promise<IngestSummary> {
  const feeds = await dueFeeds(deps.db, deps.now(), options.all);
  let done = 0;
  options.onProgress?.(0, feeds.length, '');
  // One analyser for the pass: the catalog is read and indexed once, not once per feed.
  const analyzer = feeds.length ? await deps.analyzer() : null;
  const passDeps: IngestDeps = analyzer ? { ...deps, analyzer: async () => analyzer } : deps;
  const results = await mapLimit(feeds, 4, async (feed) => {
    const result = await refreshUnclaimed(passDeps, feed, { force: options.all, dueOnly: !options.all });
    options.onProgress?.(++done, feeds.length, feed.title ?? feed.url);
    return result;
  });
  const ran = results.filter((r): r is FeedRefreshResult => r !== null);
  return summarizeResults(ran, results.length - ran.length);
}

/** The pass's counts over its feeds' results. */
export function summarizeResults(results: FeedRefreshResult[], elsewhere = 0): IngestSummary {
  const counts: Record<ItemStatus, number> = { added: 0, unchanged: 0, duplicate: 0, failed: 0 };
  for (const r of results) for (const k of Object.keys(counts) as ItemStatus[]) counts[k] += r.counts[k];
  return {
    feeds: results.length,
    elsewhere,
    failedFeeds: results.filter((r) => r.status === 'failed').length,
    notModified: results.filter((r) => r.status === 'not-modified').length,
    counts,
    results,
  };
}
