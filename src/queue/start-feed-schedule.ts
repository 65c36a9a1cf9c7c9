import type { Config } from '../config/load-config.js';
import type { IngestDeps } from '../ingest/ingest-deps.js';
import { type IngestSummary, summarizeResults } from '../ingest/ingest-feeds.js';
import { startScheduler } from '../ingest/start-scheduler.js';
import type { Database } from '../store/open-database.js';

export interface FeedSchedule {
  /** Plans (PostgreSQL) or runs (PGlite) a pass now, as after the database came back. */
  tick(): Promise<unknown>;
  stop(): Promise<void>;
}

export interface FeedScheduleOptions {
  /** Feed jobs this process works at a time on PostgreSQL; 0: it only queues the due feeds. */
  concurrency: number;
  /** The process, as PostgreSQL lists its connections (`haebang worker 1234`). */
  applicationName: string;
  /** A pass's summary (on PostgreSQL: one per feed refreshed by this process). */
  onPass(summary: IngestSummary): void;
  onError(error: unknown): void;
  log(line: string): void;
}

/**
 * How a process follows the feeds. On the embedded database, the in-process scheduler: `serve` alone refreshes the
 * due feeds every `scheduleSeconds` (a minute). On PostgreSQL, the shared queue: every process queues the due feeds,
 * and works them unless `concurrency` is 0, so `serve` and any number of `haebang worker`s share one schedule.
 */
export async function startFeedSchedule(
  database: Database,
  config: Config,
  deps: IngestDeps,
  options: FeedScheduleOptions,
): Promise<FeedSchedule> {
  const everyMs = config.scheduleSeconds * 1000;
  if (database.kind !== 'postgres' || !config.databaseUrl)
    return startScheduler(deps, { everyMs, onPass: options.onPass, onError: options.onError });
  const [{ openFeedQueue }, { startQueueScheduler }] = await Promise.all([
    import('./feed-queue.js'),
    import('./start-queue-scheduler.js'),
  ]);
  const sized = { ...config, workerConcurrency: Math.max(1, options.concurrency) };
  const queue = await openFeedQueue(database.db, config.databaseUrl, sized, {
    applicationName: options.applicationName,
    where: database.where,
    log: options.log,
  });
  return startQueueScheduler(queue, deps, {
    everyMs,
    concurrency: options.concurrency,
    onFeed: (result) => options.onPass(summarizeResults([result])),
    onError: options.onError,
  });
}
