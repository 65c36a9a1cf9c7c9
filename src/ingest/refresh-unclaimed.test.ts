import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { storageTargets } from '../../test/storage-targets.js';
import { ensureStarterCatalog } from '../catalog/ensure-starter-catalog.js';
import { withFeedClaim } from '../store/feed-claims-repository.js';
import { insertFeed } from '../store/feeds-repository.js';
import type { Database } from '../store/open-database.js';
import { createIngestDeps } from './ingest-deps.js';
import { ingestFeeds } from './ingest-feeds.js';
import { refreshUnclaimed } from './refresh-unclaimed.js';

/** One story whose whole text is in the feed, so that no article page is fetched. */
function rss(name: string, title: string, text: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk ${name}</title><link>https://${name}.example/</link>
<item><guid>${name}-1</guid><title>${title}</title>
<link>https://${name}.example/news/1</link><pubDate>Tue, 01 Dec 2026 03:00:00 GMT</pubDate>
<description>${text}</description></item>
</channel></rss>`;
}

// The lock is taken by other processes (workers) on PostgreSQL; on PGlite one process owns the database.
const postgres = storageTargets.find((t) => t.name === 'postgres')!;
let database: (Database & { url?: string }) | null = null;
let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({
    '/a.xml': {
      body: rss(
        'a',
        'A weekend drama begins filming in Busan',
        'The cast of a new weekend drama gathered in Busan on Monday for the first day of filming, the production company said.',
      ),
    },
    '/b.xml': {
      body: rss(
        'b',
        'Webtoon adaptation confirms its writer',
        'The writer of last spring’s hospital series will adapt the webtoon, its studio announced, with casting to follow next year.',
      ),
    },
  });
  if (!postgres.available) return;
  database = await postgres.open();
  await ensureStarterCatalog(database.db);
});
afterAll(async () => {
  await database?.close();
  await server.close();
});

describe.runIf(postgres.available)('refreshes outside the queue', () => {
  it('leave a feed another process is refreshing to it, and take the others', async () => {
    const db = database!.db;
    const deps = createIngestDeps(db, { allowPrivateFetch: true, databaseUrl: database!.url });
    const due = new Date(Date.now() - 60_000);
    const a = (await insertFeed(db, { url: server.url('/a.xml'), nextFetchAt: due }))!;
    const b = (await insertFeed(db, { url: server.url('/b.xml'), nextFetchAt: due }))!;
    // A worker holds feed a for the whole pass (and for a "Fetch now" of it).
    const held = await withFeedClaim(db, a.id, new Date(), async () => {
      const summary = await ingestFeeds(deps);
      const fetchNow = await refreshUnclaimed(deps, a, { force: true });
      return { summary, fetchNow };
    });
    expect(held.status).toBe('ran');
    if (held.status !== 'ran') return;
    expect(held.value.fetchNow).toBeNull();
    expect(held.value.summary.elsewhere).toBe(1);
    expect(held.value.summary.results.map((r) => r.feedId)).toEqual([b.id]);
    expect(held.value.summary.counts.added).toBe(1);
    expect(server.requests.map((r) => r.path)).toEqual(['/b.xml']);

    // Let go: "Fetch now" takes feed a though it is not due, a due-only pass finds nothing left to do.
    const now = await refreshUnclaimed(deps, a, { force: true });
    expect(now?.counts.added).toBe(1);
    expect(await refreshUnclaimed(deps, b, { dueOnly: true })).toBeNull();
    expect(server.requests.map((r) => r.path)).toEqual(['/b.xml', '/a.xml']);
  });
});
