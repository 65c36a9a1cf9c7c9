import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { storageTargets } from '../../test/storage-targets.js';
import { loadConfig } from '../config/load-config.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import type { IngestSummary } from '../ingest/ingest-feeds.js';
import { insertFeed } from '../store/feeds-repository.js';
import type { Database } from '../store/open-database.js';
import { startFeedSchedule } from './start-feed-schedule.js';

// The queue runs on PostgreSQL only: skipped without a server for the tests, failing under CI.
const postgres = storageTargets.find((t) => t.name === 'postgres')!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let database: (Database & { url?: string }) | null = null;
let fixtures: LoopbackServer;
beforeAll(async () => {
  if (!postgres.available) return;
  database = await postgres.open();
  fixtures = await startLoopbackServer({
    '/desk.xml': {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title></channel></rss>',
    },
  });
});
afterAll(async () => {
  await fixtures?.close();
  await database?.close();
});

describe.runIf(postgres.available)('the feed schedule on PostgreSQL', () => {
  it('queues due feeds without fetching them when it does not work (serve --no-work), and works them otherwise', async () => {
    const db = database!.db;
    const config = loadConfig({ DATABASE_URL: database!.url!, HAEBANG_SCHEDULE_SECONDS: '1' });
    await insertFeed(db, { url: fixtures.url('/desk.xml'), nextFetchAt: new Date() });
    const deps = createIngestDeps(db, { allowPrivateFetch: true });
    const passes: IngestSummary[] = [];
    const options = (concurrency: number) => ({
      concurrency,
      applicationName: 'haebang test',
      onPass: (s: IngestSummary) => passes.push(s),
      onError: (error: unknown) => {
        throw error;
      },
      log: () => {},
    });
    const planner = await startFeedSchedule(database!, config, deps, options(0));
    await sleep(1500); // its first pass, at start, and the next one a second later
    expect(await planner.tick()).toBe(0); // one job waits per feed: queued once, however often it is planned
    const jobs = await sql<{ state: string }>`select state from haebang_queue.job`.execute(db);
    expect(jobs.rows.map((r) => r.state)).toEqual(['created']);
    expect(fixtures.requests).toHaveLength(0);
    await planner.stop();

    const worker = await startFeedSchedule(database!, config, deps, options(1));
    const end = Date.now() + 15_000;
    while (!passes.length && Date.now() < end) await sleep(100);
    await worker.stop();
    expect(passes.map((p) => [p.feeds, p.results[0]?.status])).toEqual([[1, 'ok']]);
    expect(fixtures.requests.map((r) => r.path)).toEqual(['/desk.xml']);
  });
});
