import { Command } from 'commander';
import { ensureStarterCatalog } from '../catalog/ensure-starter-catalog.js';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { startFeedSchedule } from '../queue/start-feed-schedule.js';
import { unavailableError } from '../store/connection-errors.js';
import { openDatabase } from '../store/open-database.js';
import { configFrom } from './cli-context.js';

const helpAfter = `
On PostgreSQL, serve and every worker share one schedule through a job queue in the database (pg-boss, in the
schema haebang_queue): each process queues the feeds that are due, and each feed is fetched by one of them, once
per due time. A worker that dies (kill -9, a lost machine) lets go of its feed at once, and its job is retried by
another process after the lease (HAEBANG_JOB_LEASE_SECONDS, 900 s). Run as many as you like, on any machine that
reaches the database:

  DATABASE_URL=postgres://haebang@db/haebang haebang serve --no-work   # the web app, queueing only
  DATABASE_URL=postgres://haebang@db/haebang haebang worker            # on each machine that fetches

Ctrl-C (or SIGTERM) lets the running jobs finish, then stops.`;

export function workerCommand(): Command {
  return new Command('worker')
    .description('on PostgreSQL: fetch and store the feeds of the shared schedule, beside serve and other workers')
    .option('-c, --concurrency <n>', 'feed jobs at a time (default 4, or HAEBANG_WORKER_CONCURRENCY)', (v) =>
      Number.parseInt(v, 10),
    )
    .addHelpText('after', helpAfter)
    .action(async (opts: { concurrency?: number }, cmd: Command) => {
      const config = configFrom(cmd);
      if (!config.databaseUrl)
        throw new AppError(
          'queue.needs-postgres',
          'haebang worker needs a PostgreSQL server (DATABASE_URL or --database-url); on the embedded database, `haebang serve` refreshes the feeds itself',
        );
      const concurrency = opts.concurrency ?? config.workerConcurrency;
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
        throw new AppError(
          'input.invalid',
          `--concurrency: expected a whole number from 1 to 64, got ${opts.concurrency}`,
        );
      const database = await openDatabase({ databaseUrl: config.databaseUrl, command: 'worker', serve: true });
      await ensureStarterCatalog(database.db);
      const schedule = await startFeedSchedule(database, config, createIngestDeps(database.db, config), {
        concurrency,
        applicationName: `haebang worker ${process.pid}`,
        log: (line) => console.error(line),
        onPass: (s) => {
          const r = s.results[0];
          const what = r?.status === 'failed' ? `failed: ${r.error}` : `${countOf(s.counts.added, 'item')} added`;
          console.log(`feed #${r?.feedId} ${r?.url}: ${what}, ${countOf(s.counts.duplicate, 'duplicate')}`);
        },
        onError: (error) =>
          console.error(
            `haebang: ingest failed: ${(unavailableError(error, database.where) ?? (error as Error)).message}`,
          ),
      }).catch(async (error) => {
        await database.close().catch(() => {});
        throw error;
      });
      console.log(`haebang worker ${process.pid}: refreshing feeds from ${database.where}, ${concurrency} at a time`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.once('SIGINT', () => process.exit(130));
          void schedule
            .stop()
            .then(() => database.close())
            .finally(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
