import type { IngestDeps } from './ingest-deps.js';
import { type IngestSummary, ingestFeeds } from './ingest-feeds.js';

export interface Scheduler {
  /** Runs a pass now unless one is running; resolves with its summary (null when one was running). */
  tick(): Promise<IngestSummary | null>;
  stop(): Promise<void>;
}

/**
 * The server's own schedule: every `everyMs` (a minute by default) the feeds that are due are refreshed, one pass at
 * a time. Each feed's own interval and backoff decide which are due; a pass that is still running is never doubled.
 */
export function startScheduler(
  deps: IngestDeps,
  options: { everyMs?: number; onPass?(summary: IngestSummary): void; onError?(error: unknown): void } = {},
): Scheduler {
  let running: Promise<IngestSummary | null> | null = null;
  const tick = () => {
    if (running) return Promise.resolve(null);
    running = ingestFeeds(deps)
      .then((summary) => {
        if (summary.feeds) options.onPass?.(summary);
        return summary;
      })
      .catch((error) => {
        options.onError?.(error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(tick, options.everyMs ?? 60_000);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
