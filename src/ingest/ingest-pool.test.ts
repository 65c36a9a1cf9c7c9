import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { storageTargets } from '../../test/storage-targets.js';
import { createAnalysisPool } from '../analyze/analysis-pool.js';
import { importCatalog } from '../catalog/import-catalog.js';
import type { Database } from '../store/open-database.js';
import { addFeed } from './add-feed.js';
import { createIngestDeps, type IngestDeps } from './ingest-deps.js';
import { poolMinItems, refreshFeed } from './refresh-feed.js';

const catalog = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
const body = (n: number) =>
  [
    `<p>Episode ${n} of My Liberation Notes drew its best audience yet on Saturday night, according to Nielsen Korea, with a nationwide rating of ${n + 2}.1 percent.</p>`,
    `<p>In episode ${n}, Kim Ji-won's character finally spoke to Son Suk-ku about the debt he had been hiding, and the scene trended for most of the night.</p>`,
    '<p>The JTBC series follows three siblings who commute from a village outside Seoul, and viewers have praised how quietly it tells their story.</p>',
    `<figure><img src="https://img.example/${n}.jpg" width="640" height="360"><figcaption>Kim Ji-won | JTBC</figcaption></figure>`,
    '<p>The production company said the cast would meet fans after the finale, and that a special episode was not planned.</p>',
  ].join('');
const feedXml = (host: string, day: number) =>
  `<rss version="2.0"><channel><title>${host}</title>${Array.from(
    { length: poolMinItems + 1 },
    (_, n) =>
      `<item><title>My Liberation Notes episode ${n + 1}: ratings and the scene everyone talked about</title><link>https://${host}/news/${n}</link><guid>${host}-${n}</guid><pubDate>${day} May 2022 10:00:00 +0900</pubDate><description><![CDATA[${body(n + 1)}]]></description></item>`,
  ).join('')}</channel></rss>`;

describe.each(storageTargets)('ingest through the analysis pool on $name', (target) => {
  let database: Database;
  let server: LoopbackServer;
  let deps: IngestDeps;
  let pools = 0;
  let inWorker = 0;

  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    await importCatalog(database.db, { text: catalog, origin: 'small-catalog.json' });
    server = await startLoopbackServer();
    server.routes.set('/pooled.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: feedXml('a.example', 10),
    });
    server.routes.set('/inline.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: feedXml('b.example', 14),
    });
    const real = createIngestDeps(database.db, { allowPrivateFetch: true });
    // One worker (the default is one per core): the same path, one thread start less for the test.
    const one = createAnalysisPool({ size: 1 });
    const pool = () => {
      pools++;
      return {
        ...one,
        prepare: (...args: Parameters<typeof one.prepare>) => {
          inWorker++;
          return one.prepare(...args);
        },
      };
    };
    deps = { ...real, pool, now: () => new Date('2022-05-20T03:00:00Z') };
  });
  afterAll(async () => {
    await deps?.pool?.().close();
    await server?.close();
    await database?.close();
  });

  it.runIf(target.available)(
    'stores what the event loop stores: the same documents, HTML, links and horizons',
    async () => {
      const pooled = await refreshFeed(deps, await addFeed(deps, server.url('/pooled.xml'), { skipCheck: true }));
      expect(pools).toBe(1);
      expect(inWorker).toBeGreaterThan(0);
      const inline = await refreshFeed(
        { ...deps, pool: undefined },
        await addFeed(deps, server.url('/inline.xml'), { skipCheck: true }),
      );
      expect(pooled.items.filter((i) => i.error)).toEqual([]);
      expect(pooled.counts).toEqual({ added: poolMinItems + 1, unchanged: 0, duplicate: 0, failed: 0 });
      expect(inline.counts).toEqual(pooled.counts);
      const stored = async (host: string) => {
        const items = await database.db
          .selectFrom('items')
          .select(['id', 'title', 'kind', 'content_html', 'summary', 'image_url', 'doc'])
          .where('url', 'like', `https://${host}/%`)
          .orderBy('title')
          .execute();
        const links = await database.db
          .selectFrom('item_entities')
          .select(['item_id', 'kind', 'entity_id', 'mentions', 'spellings'])
          .where(
            'item_id',
            'in',
            items.map((i) => i.id),
          )
          .orderBy('kind')
          .orderBy('entity_id')
          .execute();
        const horizons = await database.db
          .selectFrom('item_horizons')
          .select(['item_id', 'show_id', 'through_episode', 'confidence'])
          .where(
            'item_id',
            'in',
            items.map((i) => i.id),
          )
          .execute();
        return items.map(({ id, doc, ...item }) => ({
          ...item,
          text: (doc as { text: string }).text,
          links: links.filter((l) => l.item_id === id).map(({ item_id: _, ...l }) => l),
          horizons: horizons.filter((h) => h.item_id === id).map(({ item_id: _, ...h }) => h),
        }));
      };
      const fromPool = await stored('a.example');
      expect(fromPool.every((i) => i.links.some((l) => l.entity_id === 'my-liberation-notes'))).toBe(true);
      expect(fromPool.flatMap((i) => i.horizons).length).toBeGreaterThan(0);
      expect(fromPool).toEqual(await stored('b.example'));
    },
  );
});
