import { type ChildProcess, spawn } from 'node:child_process';
import type http from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStarterCatalog } from '../src/catalog/ensure-starter-catalog.js';
import { createIngestDeps } from '../src/ingest/ingest-deps.js';
import { refreshFeed } from '../src/ingest/refresh-feed.js';
import { insertFeed } from '../src/store/feeds-repository.js';
import type { Database } from '../src/store/open-database.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { storageTargets } from './storage-targets.js';

// Three `haebang worker` processes against one fresh PostgreSQL database: skipped without a server for the tests,
// except under CI, where it fails.
const postgres = storageTargets.find((t) => t.name === 'postgres')!;
const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const feedCount = 12;
const storiesPerFeed = 3;

/** A feed's RSS: three stories whose full text is in the feed (so no article page is fetched). */
function feedXml(base: string, name: string): string {
  const items = Array.from({ length: storiesPerFeed }, (_, i) => {
    const n = i + 1;
    const text = [
      `Desk ${name}, report ${n}: the cast of a new weekend drama met for their first script reading this week, the production company said in a statement on Tuesday.`,
      'The lead actors read their parts side by side for the first time, and the writer, who joined the reading, told the cast that the story would keep its quiet tone to the end.',
      'Filming begins next month in Seoul and on the southern coast, with a premiere planned for the autumn; the network has not yet said which night it will take.',
      'Stills from the reading show the director going over the first episode with the two leads, while the supporting cast compare notes at the far end of the table.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    return `<item><guid>desk-${name}-${n}</guid><title>Desk ${name} report ${n}: first script reading of a weekend drama</title>
<link>${base}/news/${name}/${n}</link><pubDate>Tue, 01 Dec 2026 0${n}:00:00 GMT</pubDate>
<content:encoded><![CDATA[${text}]]></content:encoded></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Desk ${name}</title><link>${base}/</link>${items}</channel></rss>`;
}

interface Worker {
  child: ChildProcess;
  output: () => string;
}

function startWorker(databaseUrl: string): Worker {
  const child = spawn(process.execPath, [bin, 'worker'], {
    env: {
      ...process.env,
      CI: '',
      DATABASE_URL: databaseUrl,
      HAEBANG_ALLOW_PRIVATE_FETCH: '1',
      HAEBANG_DEMO_ITEMS: '0',
      HAEBANG_SCHEDULE_SECONDS: '1',
      HAEBANG_JOB_LEASE_SECONDS: '2',
      // One job at a time: the worker killed in the slow fetch has no other feed in flight (a feed it had fetched
      // but not yet recorded would rightly be fetched again by another worker).
      HAEBANG_WORKER_CONCURRENCY: '1',
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  return { child, output: () => output };
}

/** Asks until `check` holds, or fails after `ms`. */
async function until<T>(what: string, ask: () => Promise<T>, check: (v: T) => boolean, ms = 40_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await ask();
    if (check(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

let fixtures: LoopbackServer;
let database: (Database & { url?: string }) | null = null;
const workers: Worker[] = [];
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  if (!postgres.available) return;
  fixtures = await startLoopbackServer();
  const base = fixtures.url('').replace(/\/$/, '');
  const rss = { 'content-type': 'application/rss+xml; charset=utf-8' };
  for (let f = 1; f <= feedCount; f++)
    fixtures.routes.set(`/feeds/${f}.xml`, { headers: rss, body: feedXml(base, `${f}`) });
  // The slow feed never answers its first request: the worker fetching it is killed meanwhile.
  let slowSeen = 0;
  fixtures.routes.set('/feeds/slow.xml', {
    handle: (_req, res) => {
      if (++slowSeen === 1) held.push(res);
      else res.writeHead(200, rss).end(feedXml(base, 'slow'));
    },
  });
  database = await postgres.open();
  // Loaded once here, as `serve` would have, rather than by the three workers at once.
  await ensureStarterCatalog(database.db);
});

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  for (const res of held) res.destroy();
  await fixtures?.close();
  await database?.close();
});

const requestsFor = (path: string) => fixtures.requests.filter((r) => r.path === path).length;

describe.runIf(postgres.available)('three haebang workers on one PostgreSQL', () => {
  it('fetch each feed once per due time, store no item twice, and finish the job of a worker killed mid-fetch', async () => {
    const db = database!.db;
    const now = new Date();
    const ids = new Map<string, number>();
    // The slow feed first: planned first, so it is fetched in the first round.
    for (const name of ['slow', ...Array.from({ length: feedCount }, (_, i) => `${i + 1}`)]) {
      const feed = await insertFeed(db, { url: fixtures.url(`/feeds/${name}.xml`), nextFetchAt: now });
      ids.set(name, feed!.id);
    }
    const slowId = ids.get('slow')!;
    workers.push(startWorker(database!.url!), startWorker(database!.url!), startWorker(database!.url!));

    // The worker whose fetch of the slow feed hangs: the one holding the feed's lock (PostgreSQL names it).
    await until(
      'the slow feed to be fetched',
      async () => requestsFor('/feeds/slow.xml'),
      (n) => n === 1,
    );
    const holder = await until(
      "the slow feed's lock holder",
      async () =>
        (
          await sql<{ application_name: string }>`select a.application_name from pg_locks l
            join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.classid = ${0x68616562} and l.objid = ${slowId} and l.objsubid = 2`.execute(
            db,
          )
        ).rows[0]?.application_name ?? '',
      (name) => name !== '',
    );
    const killed = workers.find((w) => holder === `haebang worker ${w.child.pid}`);
    expect(killed, `${holder} is one of the workers`).toBeDefined();
    const { rows: claimed } = await sql<{ id: string }>`select id from haebang_queue.job
      where state = 'active' and (data->>'feedId')::int = ${slowId}`.execute(db);
    expect(claimed).toHaveLength(1);
    killed!.child.kill('SIGKILL');

    // Every feed refreshed, the slow one by another worker, and the killed worker's job finished by another.
    await until(
      'every feed to be refreshed',
      async () =>
        (await db.selectFrom('feeds').select('id').where('last_success_at', 'is', null).execute()).map((r) => r.id),
      (left) => left.length === 0,
    );
    await until(
      "the killed worker's job to be finished",
      async () =>
        (await sql<{ state: string }>`select state from haebang_queue.job where id = ${claimed[0].id}`.execute(db))
          .rows[0]?.state,
      (state) => state === 'completed',
    );
    // Two more rounds of planning: nothing is due, nothing is fetched again.
    await sleep(2000);

    for (let f = 1; f <= feedCount; f++) expect(requestsFor(`/feeds/${f}.xml`), `feed ${f}`).toBe(1);
    expect(requestsFor('/feeds/slow.xml')).toBe(2);
    const survivors = workers.filter((w) => w !== killed);
    expect(
      survivors.some((w) => w.output().includes(`feed #${slowId} ${fixtures.url('/feeds/slow.xml')}: 3 items added`)),
    ).toBe(true);
    const { rows } = await sql<{ items: string; keys: string; urls: string }>`select count(*) as items,
      count(distinct (feed_id, guid)) as keys, count(distinct canonical_url) as urls from items`.execute(db);
    expect(rows[0]).toEqual({
      items: `${(feedCount + 1) * storiesPerFeed}`,
      keys: `${(feedCount + 1) * storiesPerFeed}`,
      urls: `${(feedCount + 1) * storiesPerFeed}`,
    });
    // Each item was reported added by one worker only (the killed one's reports before it died included).
    const added = workers.map((w) =>
      [...w.output().matchAll(/: (\d+) items? added/g)].reduce((n, m) => n + Number(m[1]), 0),
    );
    expect(added.reduce((a, b) => a + b, 0)).toBe((feedCount + 1) * storiesPerFeed);
    for (const w of survivors) expect(w.output()).not.toMatch(/Unhandled|uncaught|ingest failed/i);

    // Ctrl-C: each survivor lets its jobs finish and stops cleanly.
    for (const w of survivors) w.child.kill('SIGINT');
    const codes = await Promise.all(
      survivors.map(
        (w) =>
          new Promise((resolve) =>
            w.child.exitCode !== null ? resolve(w.child.exitCode) : w.child.once('exit', resolve),
          ),
      ),
    );
    expect(codes).toEqual([0, 0]);
  }, 90_000);

  it('stores each item once when two processes refresh the same feed at the same moment', async () => {
    const db = database!.db;
    const feed = await insertFeed(db, { url: fixtures.url('/feeds/1.xml?race'), nextFetchAt: new Date() });
    fixtures.routes.set('/feeds/1.xml?race', { body: feedXml(fixtures.url('').replace(/\/$/, ''), '91') });
    const deps = createIngestDeps(db, { allowPrivateFetch: true });
    const results = await Promise.all([refreshFeed(deps, feed!), refreshFeed(deps, feed!)]);
    expect(results.map((r) => r.counts.added).reduce((a, b) => a + b, 0)).toBe(storiesPerFeed);
    const { n } = await db
      .selectFrom('items')
      .where('feed_id', '=', feed!.id)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(storiesPerFeed);
  });
});
