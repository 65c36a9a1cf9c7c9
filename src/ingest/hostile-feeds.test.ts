import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { addFeed, maxDiscoveryHops } from './add-feed.js';
import { createIngestDeps, type IngestDeps } from './ingest-deps.js';
import { refreshFeed } from './refresh-feed.js';
import { maxEntriesPerPass } from './select-entries.js';

const html = (feedHref: string) =>
  `<!doctype html><html><head><title>Drama desk</title><link rel="alternate" type="application/rss+xml" href="${feedHref}"></head><body><p>News.</p></body></html>`;
const page = { 'content-type': 'text/html; charset=utf-8' };
const json = { 'content-type': 'application/feed+json' };
const version = 'https://jsonfeed.org/version/1.1';

describe.each(storageTargets)('hostile feeds on $name', (target) => {
  let database: Database;
  let server: LoopbackServer;
  let deps: IngestDeps;
  const fetchesOf = (prefix: string) => server.requests.filter((r) => r.path.startsWith(prefix)).length;

  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    server = await startLoopbackServer();
    deps = {
      ...createIngestDeps(database.db, { allowPrivateFetch: true }),
      now: () => new Date('2022-05-20T03:00:00Z'),
    };
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it.runIf(target.available)(
    'a feed of 100,000 entries under the size cap: the newest are read, the rest reported',
    async () => {
      const items: string[] = [];
      for (let i = 0; i < 100_000; i++) items.push(`<item><title>n${i % 99_990}</title></item>`);
      const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title><link>https://flood.example/</link>${items.join('')}</channel></rss>`;
      expect(body.length).toBeLessThan(5 * 1024 * 1024);
      server.routes.set('/flood.xml', {
        headers: { 'content-type': 'application/rss+xml', connection: 'close' },
        body,
      });
      const feed = await addFeed(deps, server.url('/flood.xml'));
      const result = await refreshFeed(deps, feed);
      expect([result.status, result.error]).toEqual(['ok', undefined]);
      expect(result.counts.added).toBe(maxEntriesPerPass);
      expect(result.skipped).toEqual([
        {
          index: maxEntriesPerPass,
          reason: expect.stringContaining(`${99_990 - maxEntriesPerPass} older entries were left out`),
        },
      ]);
    },
    60_000,
  );

  it.runIf(target.available)(
    'discovery stops at a loop of pages announcing each other',
    async () => {
      server.routes.set('/loop/a.html', { headers: page, body: html('/loop/b.html') });
      server.routes.set('/loop/b.html', { headers: page, body: html('/loop/a.html') });
      await expect(addFeed(deps, server.url('/loop/a.html'))).rejects.toMatchObject({
        code: 'feed.discovery',
        message: expect.stringContaining('in a loop'),
      });
      expect(fetchesOf('/loop/')).toBe(2);
    },
    20_000,
  );

  it.runIf(target.available)(
    `discovery reads at most ${maxDiscoveryHops} pages`,
    async () => {
      server.routes.set('/chain/*', {
        handle: (req, res) => {
          const n = Number(/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
          res.writeHead(200, page).end(html(`/chain/${n + 1}.html`));
        },
      });
      await expect(addFeed(deps, server.url('/chain/0.html'))).rejects.toMatchObject({
        code: 'feed.discovery',
        message: expect.stringContaining(`within ${maxDiscoveryHops} pages`),
      });
      expect(fetchesOf('/chain/')).toBe(maxDiscoveryHops);
    },
    20_000,
  );

  it.runIf(target.available)('discovery still follows a page to the feed it announces', async () => {
    server.routes.set('/site/index.html', { headers: page, body: html('/site/feed.json') });
    server.routes.set('/site/feed.json', {
      headers: json,
      body: JSON.stringify({ version, title: 'Site', items: [] }),
    });
    const feed = await addFeed(deps, server.url('/site/index.html'));
    expect(feed.url).toBe(server.url('/site/feed.json'));
  });

  it.runIf(target.available)('a JSON Feed whose items are not an array fails, saying so', async () => {
    server.routes.set('/obj.json', { headers: json, body: JSON.stringify({ version, title: 'Obj', items: [] }) });
    const feed = await addFeed(deps, server.url('/obj.json'));
    server.routes.set('/obj.json', { headers: json, body: JSON.stringify({ version, title: 'Obj', items: {} }) });
    const result = await refreshFeed(deps, feed);
    expect(result).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('`items` is an object, not an array'),
    });
  });

  it.runIf(target.available)('a JSON Feed with null and number entries: each reported, the rest stored', async () => {
    const items = [null, { id: 'j-1', title: 'Ratings rise for episode 6', url: 'https://j.example/6' }, 42];
    server.routes.set('/mixed.json', { headers: json, body: JSON.stringify({ version, title: 'Mixed', items }) });
    const result = await refreshFeed(deps, await addFeed(deps, server.url('/mixed.json')));
    expect(result.status).toBe('ok');
    expect(result.counts.added).toBe(1);
    expect(result.skipped).toEqual([
      { index: 0, reason: 'items[0] is null, not an object' },
      { index: 2, reason: 'items[2] is a number, not an object' },
    ]);
  });
});
