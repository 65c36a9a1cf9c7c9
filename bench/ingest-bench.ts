import { readFileSync } from 'node:fs';
import type { Catalog } from '../src/catalog/catalog-schema.js';
import { starterCatalogUrl } from '../src/catalog/ensure-starter-catalog.js';
import { importCatalog } from '../src/catalog/import-catalog.js';
import { decodeBytes } from '../src/extract/decode-bytes.js';
import { fetchUrl } from '../src/fetch/fetch-url.js';
import { addFeed } from '../src/ingest/add-feed.js';
import { createIngestDeps } from '../src/ingest/ingest-deps.js';
import { ingestFeeds } from '../src/ingest/ingest-feeds.js';
import { parseFeed } from '../src/parse/parse-feed.js';
import { countStoredRows, type StoredRowCounts } from '../src/store/items-repository.js';
import type { Database } from '../src/store/open-database.js';
import { startLoopbackServer } from '../test/loopback-server.js';
import { random } from './make-articles.js';

const paragraphs = [
  'The broadcast drew attention from viewers at home and abroad, and clips of the scene spread quickly online.',
  'According to the production company, filming wrapped last month in Seoul and on Jeju Island.',
  'Viewers praised the chemistry between the leads, and the scene trended for most of the night.',
  'Nationwide ratings reached a new high for the series, according to Nielsen Korea.',
  'Meanwhile, the cast shared photos from the set on social media after the broadcast.',
  'Fans are waiting to see how the story will unfold in the second half of the season.',
];

/** One generated news item about a show of the starter catalog and its cast, about 2 KB of HTML. */
function article(catalog: Catalog, rnd: () => number, n: number): { title: string; html: string } {
  const show = catalog.shows[Math.floor(rnd() * catalog.shows.length)];
  const cast = (show.cast ?? []).map((c) => catalog.people.find((p) => p.id === c.person)?.name ?? '');
  const who = cast[Math.floor(rnd() * cast.length)] ?? 'The lead actor';
  const episode = 1 + Math.floor(rnd() * show.episodeCount);
  const title = `${who} in episode ${episode} of ${show.title}: story ${n}`;
  const body = Array.from({ length: 7 }, () => paragraphs[Math.floor(rnd() * paragraphs.length)]);
  body.splice(
    1,
    0,
    `In episode ${episode} of ${show.title}, ${who} and ${cast[0] ?? 'the cast'} shared the scene everyone talked about.`,
  );
  const html = `${body.map((p) => `<p>${p}</p>`).join('')}<figure><img src="/img/${n}.jpg" alt="still"><figcaption>${who} | ${show.network.toUpperCase()}</figcaption></figure>`;
  return { title, html };
}

function feedXml(catalog: Catalog, feed: number, items: number, base: string): string {
  const rnd = random(1000 + feed);
  const entries = Array.from({ length: items }, (_, i) => {
    const n = feed * items + i;
    const { title, html } = article(catalog, rnd, n);
    const day = String(1 + (n % 28)).padStart(2, '0');
    return `<item><title>${title}</title><link>${base}/f${feed}/${n}</link><guid>g-${n}</guid><pubDate>2023-03-${day}T12:00:00+09:00</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench feed ${feed}</title><link>${base}/</link>${entries}</channel></rss>`;
}

export interface IngestBenchResult {
  items: number;
  seconds: number;
  itemsPerSecond: number;
  parseOnlyItemsPerSecond: number;
  /** This process's CPU time (every thread) per item stored: what the machine's load cannot stretch. */
  cpuMsPerItem: number;
  /** What the database holds afterwards: items, links (and items with one), horizons (and items with one). */
  stored: StoredRowCounts;
}

/**
 * End-to-end ingest throughput: `feeds` loopback feeds of `perFeed` items each (full content, 2 KB) through fetch,
 * parse, extract, sanitize, analyse (starter catalog) and store. Baseline in the same run: the same feeds fetched
 * and parsed only, which is what any feed reader pays before doing anything with an item.
 */
export async function runIngestBench(database: Database, feeds = 20, perFeed = 50): Promise<IngestBenchResult> {
  const catalog = JSON.parse(readFileSync(starterCatalogUrl, 'utf8')) as Catalog;
  await importCatalog(database.db, { text: JSON.stringify(catalog), origin: 'starter', source: 'starter' });
  const server = await startLoopbackServer();
  const base = server.url('').replace(/\/$/, '');
  for (let f = 0; f < feeds; f++)
    server.routes.set(`/feed-${f}.xml`, {
      headers: { 'content-type': 'application/rss+xml' },
      body: feedXml(catalog, f, perFeed, base),
    });
  try {
    const t0 = performance.now();
    let parsed = 0;
    for (let f = 0; f < feeds; f++) {
      const r = await fetchUrl(server.url(`/feed-${f}.xml`), { allowPrivate: true });
      parsed += parseFeed({ text: decodeBytes(r.bytes, r.contentType), url: r.url }).entries.length;
    }
    const parseSeconds = (performance.now() - t0) / 1000;
    const deps = createIngestDeps(database.db, { allowPrivateFetch: true });
    for (let f = 0; f < feeds; f++) await addFeed(deps, server.url(`/feed-${f}.xml`), { skipCheck: true });
    // Before the clock starts, as in a running server: the index built (once per catalog) and the workers started.
    const analyzer = await deps.analyzer();
    await deps.pool?.().warm(analyzer.linker);
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    const summary = await ingestFeeds(deps, { all: true });
    const seconds = (performance.now() - t1) / 1000;
    const used = process.cpuUsage(cpu);
    if (summary.counts.added !== feeds * perFeed)
      throw new Error(`ingest bench: expected ${feeds * perFeed} items added, got ${JSON.stringify(summary.counts)}`);
    // Proof that every stage ran for every item: each one stored with its sanitised HTML and analysis, linked to its
    // show (every generated article names one), and most held back by a horizon (the episode they report).
    const stored = await countStoredRows(database.db);
    if (stored.items !== feeds * perFeed || stored.linkedItems !== stored.items || stored.heldItems * 2 < stored.items)
      throw new Error(`ingest bench: not every item was stored, linked and held back: ${JSON.stringify(stored)}`);
    return {
      items: summary.counts.added,
      seconds,
      itemsPerSecond: summary.counts.added / seconds,
      parseOnlyItemsPerSecond: parsed / parseSeconds,
      cpuMsPerItem: (used.user + used.system) / 1000 / summary.counts.added,
      stored,
    };
  } finally {
    await server.close();
  }
}
