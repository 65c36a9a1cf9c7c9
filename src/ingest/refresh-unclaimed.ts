import { withFeedClaim } from '../store/feed-claims-repository.js';
import type { FeedRow } from '../store/feeds-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import { type FeedRefreshResult, refreshFeed } from './refresh-feed.js';

/** Later than any due time: a refresh asked for by hand takes the feed whether it is due or not. */
const anyTime = new Date(8.64e15);

/**
 * A refresh outside the queue (`haebang ingest`, "Fetch now") under the same feed lock the queue's workers take,
 * so that it never fetches a feed at the moment a worker on another machine does. `null` when another process
 * holds the feed, or (`dueOnly`) when it was refreshed since it was seen due. The lock is held on a connection of
 * the app's pool (ten on PostgreSQL; a pass refreshes four feeds at a time).
 */
export async function refreshUnclaimed(
  deps: IngestDeps,
  feed: FeedRow,
  options: { force?: boolean; dueOnly?: boolean } = {},
): Promise<FeedRefreshResult | null> {
  if (!deps.shared) return refreshFeed(deps, feed, { force: options.force });
  const due = options.dueOnly ? deps.now() : anyTime;
  const outcome = await withFeedClaim(deps.db, feed.id, due, (fresh) =>
    refreshFeed(deps, fresh, { force: options.force }),
  );
  return outcome.status === 'ran' ? outcome.value : null;
}
