import { buildLinker, type Linker } from '../src/link/build-linker.js';
import { readLinkerCache, writeLinkerCache } from '../src/link/linker-cache.js';
import { generateCatalog } from './generate-catalog.js';
import { makeArticles } from './make-articles.js';

/**
 * Child process of the linker bench (see linker-scale-bench.ts): the whole linker (names, titles, networks) on a
 * generated catalog, over generated 2 KB articles, on one core. `BENCH_MODE=build` (the default) builds the index
 * from the catalog's rows and, with `BENCH_CACHE=FILE`, writes the linker cache there; `BENCH_MODE=load` reads the
 * linker from that cache instead, in a fresh process, as a start with a current cache does. Prints one JSON line;
 * the peak memory is the process's own (maxRSS), catalog and articles included.
 */
const people = Number(process.env.BENCH_PEOPLE ?? 50_000);
const shows = Number(process.env.BENCH_SHOWS ?? 10_000);
const count = Number(process.env.BENCH_ARTICLES ?? 2_000);
const cache = process.env.BENCH_CACHE;
const load = process.env.BENCH_MODE === 'load';
const stamp = { catalogVersion: `${people}/${shows}`, codeVersion: 'bench' };

const t0 = performance.now();
let linker: Linker | null;
if (load) {
  if (!cache) throw new Error('BENCH_MODE=load needs BENCH_CACHE');
  linker = readLinkerCache(cache, stamp);
  if (!linker) throw new Error(`no linker cache for ${stamp.catalogVersion} in ${cache}`);
} else linker = buildLinker(generateCatalog({ people, shows, seed: 42 }));
const readyMs = performance.now() - t0;
let writeMs = 0;
if (!load && cache) {
  const t = performance.now();
  writeLinkerCache(cache, stamp, linker);
  writeMs = performance.now() - t;
}
const articles = makeArticles(linker.catalog ?? generateCatalog({ people, shows, seed: 42 }), count, 2048);
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
    mode: load ? 'load' : 'build',
    readyMs: Math.round(readyMs),
    writeMs: Math.round(writeMs),
    articlesPerSecond: count / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    mentions,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
