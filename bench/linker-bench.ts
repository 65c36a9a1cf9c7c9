import { buildLinker } from '../src/link/build-linker.js';
import { generateCatalog } from './generate-catalog.js';
import { makeArticles } from './make-articles.js';

/**
 * Child process of `npm run bench`: the whole linker (names, titles, networks) on a generated catalog of 50,000
 * people and 10,000 shows, over generated 2 KB articles, on one core. Prints one JSON line.
 */
const people = Number(process.env.BENCH_PEOPLE ?? 50_000);
const shows = Number(process.env.BENCH_SHOWS ?? 10_000);
const count = Number(process.env.BENCH_ARTICLES ?? 2_000);
const catalog = generateCatalog({ people, shows, seed: 42 });
const articles = makeArticles(catalog, count, 2048);
const t0 = performance.now();
const linker = buildLinker(catalog);
const buildMs = performance.now() - t0;
for (const a of articles.slice(0, 50)) linker.link(a); // warm-up
const t1 = performance.now();
let mentions = 0;
for (const a of articles) mentions += linker.link(a).length;
const seconds = (performance.now() - t1) / 1000;
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
console.log(
  JSON.stringify({
    people,
    shows,
    articles: count,
    buildMs: Math.round(buildMs),
    articlesPerSecond: count / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    mentions,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
