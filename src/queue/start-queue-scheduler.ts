import type { IngestDeps } from '../ingest/ingest-deps.js';
import type { FeedRefreshResult } from '../ingest/refresh-feed.js';
import type { FeedQueue } from './feed-queue.js';

export interface QueueScheduler {
  /** Queues the due feeds now unless a planning pass is running; resolves with how many were queued. */
  tick(): Promise<number | null>;
  /** Stops planning and taking jobs; the running ones finish first. */
  stop(): Promise<void>;
}

/**
 * The schedule on PostgreSQL, shared by every process: each one (`serve`, each `haebang worker`) queues the feeds
 * that are due every `everyMs`, and, with `concurrency` above 0, works the queue's jobs. Planning twice is harmless
 * (one job waits per feed), so the schedule goes on while any one of them runs.
 */
export function startQueueScheduler(
  queue: FeedQueue,
  deps: IngestDeps,
  options: {
    everyMs: number;
    concurrency: number;
    onFeed(result: FeedRefreshResult): void;
    onError(error: unknown): void;
  },
): QueueScheduler {
  let planning: Promise<number | null> | null = null;
  let stopped = false;
  const tick = () => {
    if (planning || stopped) return Promise.resolve(null);
    planning = queue
      .plan(deps.now())
      .catch((error) => {
        options.onError(error);
        return null;
      })
      .finally(() => {
        planning = null;
      });
    return planning;
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  const working = options.concurrency > 0 ? queue.work(deps, options.concurrency, options.onFeed) : Promise.resolve();
  void working.catch(options.onError).then(tick);
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await planning;
      await working.catch(() => {});
      await queue.stop();
    },
  };
}
