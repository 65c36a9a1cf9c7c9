import { execFileSync } from 'node:child_process';
import { generateCatalog } from './generate-catalog.js';
import { grepBaseline } from './grep-baseline.js';
import { makeArticles } from './make-articles.js';

/**
 * `npm run bench`: each figure next to a baseline measured in the same run. Targets: the linker at >= 1,000
 * articles of 2 KB per second on one core, under 400 MB, with 50,000 people and 10,000 shows.
 */
const people = 50_000;
const shows = 10_000;
const count = 2_000;

console.log(`Linker: ${people} people, ${shows} shows, ${count} articles of 2 KB (one core)`);
const out = execFileSync(
  process.execPath,
  ['--import', 'tsx', new URL('./linker-bench.ts', import.meta.url).pathname],
  {
    env: { ...process.env, BENCH_PEOPLE: String(people), BENCH_SHOWS: String(shows), BENCH_ARTICLES: String(count) },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  },
);
const linker = JSON.parse(out.trim().split('\n').pop()!);
const catalog = generateCatalog({ people, shows, seed: 42 });
const grep = grepBaseline(catalog, makeArticles(catalog, count, 2048));
const f = (x: number) => x.toFixed(1);
console.log(
  `  haebang linker   ${f(linker.articlesPerSecond).padStart(9)} articles/s  ${f(linker.mbPerSecond).padStart(6)} MB/s  index ${linker.buildMs} ms  peak ${f(linker.maxRssMb)} MB`,
);
console.log(
  `  grep -F -f       ${f(grep.articlesPerSecond).padStart(9)} articles/s  ${f(grep.mbPerSecond).padStart(6)} MB/s`,
);
console.log(`  ratio            ${(linker.articlesPerSecond / grep.articlesPerSecond).toFixed(2)}x grep's throughput`);
const ok = linker.articlesPerSecond >= 1000 && linker.maxRssMb < 400;
console.log(`  target (>= 1000 articles/s, < 400 MB): ${ok ? 'met' : 'MISSED'}`);
