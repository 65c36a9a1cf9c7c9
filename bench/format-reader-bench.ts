import type { Latency, ReaderBenchResult } from './reader-bench.js';

/** Target: a gated feed page in at most this many milliseconds at the 95th percentile. */
export const feedPageP95TargetMs = 50;

const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
const line = (label: string, l: Latency) =>
  `    ${label.padEnd(40)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}  (${l.n})`;

/** The reader bench's lines for one database, in `npm run bench`'s style: each figure next to its baseline. */
export function formatReaderBench(target: string, r: ReaderBenchResult, load: [number, number]): string[] {
  const d = r.data;
  const feeds = [
    ['services', r.feed],
    ['GET /api/feed', r.feedApi],
    ['GET /', r.feedHtml],
  ] as const;
  const verdict = feeds.map(([name, l]) => `${name} ${l.p95 <= feedPageP95TargetMs ? 'met' : 'MISSED'}`).join(', ');
  return [
    `  ${target}: data generated in ${d.seconds.toFixed(1)} s (${d.items.toLocaleString('en')} items, ` +
      `${d.entities.toLocaleString('en')} links, ${d.horizons.toLocaleString('en')} horizons, ${d.users} users); ` +
      `${Math.round(r.hiddenShare * 100)} % of the feed entries were hidden cards`,
    line('feed page (services, with unread counts)', r.feed),
    line('feed page, GET /api/feed', r.feedApi),
    line('feed page, GET / (HTML)', r.feedHtml),
    line('bare page query (baseline)', r.feedBaseline),
    line('search (loadReader + searchEverything)', r.search),
    line('search, GET /api/search', r.searchApi),
    line('bare title search (baseline)', r.searchBaseline),
    `    target (feed page p95 <= ${feedPageP95TargetMs} ms): ${verdict}`,
    `    load average (1 min) before and after: ${load[0].toFixed(1)}, ${load[1].toFixed(1)} (other processes slow every figure)`,
  ];
}
