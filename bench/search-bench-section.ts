import { loadavg } from 'node:os';
import type { Config } from '../src/config/load-config.js';
import type { Database } from '../src/store/open-database.js';
import type { Latency } from './reader-bench.js';
import { runSearchBench } from './search-bench.js';

/** Targets (issue 14): search p95 / max on PostgreSQL at 1,000,000 items, p95 on PGlite at 100,000; feed page p95. */
const searchP95Ms = 50;
const searchMaxMs = 200;
const feedP95Ms = 50;

const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
const line = (label: string, l: Latency) =>
  `    ${label.padEnd(44)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}  (${l.n})`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** `npm run bench -- --only search`: 100,000 items on PGlite, 1,000,000 on PostgreSQL (100,000 generated, copied 10x). */
export async function runSearchBenchSection(
  targets: Array<{ name: string; open(): Promise<{ database: Database; done(): Promise<void> }> }>,
  config: Config,
): Promise<void> {
  console.log(
    '\nSearch: 200 searches (names and titles in any spelling, Hangul, title fragments) of random readers of 1,000; ' +
      'PGlite with 100,000 items, PostgreSQL with 1,000,000 (and its feed page)',
  );
  for (const target of targets) {
    const server = target.name === 'PostgreSQL';
    const { database, done } = await target.open();
    try {
      const before = loadavg()[0];
      const r = await runSearchBench(database, config, { items: 100_000, copies: server ? 10 : 1, feed: server });
      const d = r.data;
      console.log(
        `  ${target.name}: ${d.items.toLocaleString('en')} items (${d.entities.toLocaleString('en')} links, ` +
          `${d.horizons.toLocaleString('en')} horizons) loaded in ${d.seconds.toFixed(1)} s`,
      );
      console.log(line('search (loadReader + searchEverything)', r.search));
      console.log(line('search, GET /api/search', r.searchApi));
      console.log(line('bare full-text query (baseline)', r.bareFullText));
      console.log(line('bare trigram title query (baseline)', r.bareTrigram));
      const ok = r.searchApi.p95 <= searchP95Ms && (!server || r.searchApi.max <= searchMaxMs);
      console.log(
        `    target (search p95 <= ${searchP95Ms} ms${server ? `, max <= ${searchMaxMs} ms` : ''}): ${verdict(ok)}`,
      );
      if (r.feed) {
        console.log(line('feed page (services, with unread counts)', r.feed.services));
        console.log(line('feed page, GET /api/feed', r.feed.api));
        console.log(line('bare page query (baseline)', r.feed.bare));
        console.log(`    target (feed page p95 <= ${feedP95Ms} ms): ${verdict(r.feed.api.p95 <= feedP95Ms)}`);
      }
      console.log(`    load average (1 min) before and after: ${before.toFixed(1)}, ${loadavg()[0].toFixed(1)}`);
    } finally {
      await database.close();
      await done();
    }
  }
}
