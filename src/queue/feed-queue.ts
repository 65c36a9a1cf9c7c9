import { Kysely, PostgresDialect } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Config } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import type { IngestDeps } from '../ingest/ingest-deps.js';
import { type FeedRefreshResult, refreshFeed } from '../ingest/refresh-feed.js';
import type { DB } from '../store/db-types.js';
import { dueUnclaimedFeeds, withFeedClaim } from '../store/feed-claims-repository.js';
import { createPool } from '../store/open-database.js';

/** pg-boss keeps its tables in a schema of their own, beside haebang's. */
export const queueSchema = 'haebang_queue';
const queueName = 'feed-refresh';

interface FeedJob {
  feedId: number;
  /** The planner's time when it saw the feed due: the job refreshes the feed only if it is still due then. */
  due: string;
}

export interface FeedQueue {
  /** Queues each feed that is due and that no process is refreshing; returns how many jobs were queued. */
  plan(now: Date): Promise<number>;
  /** Works feed jobs, `concurrency` at a time, until stopped; each finished refresh is passed to `onFeed`. */
  work(deps: IngestDeps, concurrency: number, onFeed: (result: FeedRefreshResult) => void): Promise<void>;
  /** Stops taking jobs, lets the running ones finish (at most `timeoutMs`), and closes the queue's connections. */
  stop(timeoutMs?: number): Promise<void>;
}

export type QueueConfig = Pick<Config, 'jobLeaseSeconds' | 'scheduleSeconds' | 'workerConcurrency'>;

/**
 * The feed queue on PostgreSQL, through pg-boss: its schema is created or brought up to date at start (idempotent,
 * under pg-boss's own advisory lock, so several processes may start at once). A job is one feed at one due time:
 * at most one is waiting per feed (the queue's `short` policy), and the feed's lock plus its due time keep a second
 * job for the same due time from fetching it again. A job not finished within the lease (its worker died) is
 * retried by another process, with a growing delay between retries.
 */
export async function openFeedQueue(
  db: Kysely<DB>,
  databaseUrl: string,
  config: QueueConfig,
  options: { applicationName: string; where: string; log(line: string): void },
): Promise<FeedQueue> {
  const { default: Boss } = await import('pg-boss');
  const lease = config.jobLeaseSeconds;
  const boss = new Boss({
    connectionString: databaseUrl,
    schema: queueSchema,
    application_name: options.applicationName,
    max: config.workerConcurrency + 2,
    schedule: false,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(lease / 3))),
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 2,
  });
  // The queue's connections fail like the pool's while PostgreSQL is away: never fatal, and each cause said at
  // most once a minute (every polling slot and the maintenance report it, each naming itself).
  const said = new Map<string, number>();
  boss.on('error', (error: Error) => {
    const cause = error.message.replace(/ \(Queue: [^)]*\)$/, '');
    const at = Date.now();
    if (at - (said.get(cause) ?? 0) < 60_000) return;
    said.set(cause, at);
    options.log(`haebang: feed queue: ${cause}`);
  });
  // Each running job holds its feed's lock on a connection of this pool, never on the app's own: a busy worker
  // cannot starve the pages of connections, nor its own refreshes.
  const locks = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: createPool(
        { connectionString: databaseUrl, max: config.workerConcurrency, application_name: options.applicationName },
        options.where,
        true,
      ),
    }),
  });
  try {
    await boss.start();
    if (!(await boss.getQueue(queueName)))
      await boss.createQueue(queueName, { name: queueName, policy: 'short' }).catch(async (error) => {
        if (!(await boss.getQueue(queueName))) throw error; // another process created it meanwhile
      });
  } catch (cause) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    await locks.destroy();
    throw new AppError('queue.failed', `cannot start the feed queue: ${(cause as Error).message}`, { cause });
  }
  const sendOptions: PgBoss.SendOptions = {
    expireInSeconds: lease,
    retryLimit: 5,
    retryDelay: Math.min(60, lease),
    retryBackoff: true,
  };
  return {
    async plan(now) {
      let queued = 0;
      for (const feed of await dueUnclaimedFeeds(db, now)) {
        const data: FeedJob = { feedId: feed.id, due: now.toISOString() };
        // null: a job for this feed is waiting already (several processes plan; one job per feed waits).
        if (await boss.send(queueName, data, { ...sendOptions, singletonKey: String(feed.id) })) queued++;
      }
      return queued;
    },
    async work(deps, concurrency, onFeed) {
      const handle = async ({ data: { feedId, due } }: PgBoss.Job<FeedJob>) => {
        const outcome = await withFeedClaim(locks, feedId, new Date(due), (feed) => refreshFeed(deps, feed));
        if (outcome.status !== 'ran') return { status: outcome.status };
        onFeed(outcome.value);
        return { status: outcome.value.status, counts: outcome.value.counts };
      };
      for (let i = 0; i < concurrency; i++) {
        let id: string | undefined;
        id = await boss.work<FeedJob>(
          queueName,
          { batchSize: 1, pollingIntervalSeconds: Math.min(2, config.scheduleSeconds) },
          async ([job]) => {
            try {
              return await handle(job);
            } finally {
              // Straight on to the next job: pg-boss would otherwise wait out its polling interval after each one.
              if (id) boss.notifyWorker(id);
            }
          },
        );
      }
    },
    async stop(timeoutMs = 30_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      await locks.destroy();
    },
  };
}
