import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCatalog } from './generate-catalog.js';
import { grepBaseline } from './grep-baseline.js';
import { makeArticles } from './make-articles.js';

/** Catalog sizes of the scale curve: people, and shows in proportion (one show per five people). */
const scales = [10_000, 50_000, 200_000];
const count = 2_000;
const f = (x: number) => x.toFixed(1);

function child(env: Record<string, string>) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL('./linker-bench.ts', import.meta.url).pathname],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

/**
 * The linker at 10,000, 50,000 and 200,000 people, each scale in fresh processes (its peak memory is its own): the
 * index built from the catalog's rows, then read back from the linker cache, each linking the same 2,000 articles
 * of 2 KB; next to `grep -F -f` over the same names and texts. Targets at 200,000 people and 40,000 shows: >= 1,000
 * articles/s, <= 400 MB peak, index ready in <= 3 s.
 */
export function runLinkerBench(): void {
  console.log(`Linker: ${count} articles of 2 KB per scale (one core); index ready = catalog rows to a usable linker`);
  console.log('  people    shows   mode     articles/s   MB/s  ready s  peak MB   grep -F -f articles/s  ratio');
  const dir = mkdtempSync(join(tmpdir(), 'haebang-linker-bench-'));
  try {
    for (const people of scales) {
      const shows = people / 5;
      const env = { BENCH_PEOPLE: String(people), BENCH_SHOWS: String(shows), BENCH_ARTICLES: String(count) };
      const cache = join(dir, `linker-${people}.v8`);
      const built = child({ ...env, BENCH_MODE: 'build', BENCH_CACHE: cache });
      const loaded = child({ ...env, BENCH_MODE: 'load', BENCH_CACHE: cache });
      rmSync(cache, { force: true });
      const catalog = generateCatalog({ people, shows, seed: 42 });
      const grep = grepBaseline(catalog, makeArticles(catalog, count, 2048));
      for (const r of [built, loaded])
        console.log(
          `  ${String(people).padStart(7)}  ${String(shows).padStart(6)}   ${r.mode.padEnd(6)} ${f(r.articlesPerSecond).padStart(11)} ${f(r.mbPerSecond).padStart(6)} ${(r.readyMs / 1000).toFixed(2).padStart(8)} ${f(r.maxRssMb).padStart(8)}   ${f(grep.articlesPerSecond).padStart(20)}  ${(r.articlesPerSecond / grep.articlesPerSecond).toFixed(2)}x`,
        );
      if (built.mentions !== loaded.mentions)
        console.log(`  the cached linker found ${loaded.mentions} mentions, the built one ${built.mentions}: MISMATCH`);
      if (people === 200_000) {
        const ok = (r: typeof built) => r.articlesPerSecond >= 1000 && r.maxRssMb <= 400 && r.readyMs <= 3000;
        console.log(
          '  baseline (issue 14, index before the compact one): 230 articles/s, 909 MB peak, index built in 25 s',
        );
        console.log(
          `  target at 200,000 people (>= 1000 articles/s, <= 400 MB, ready <= 3 s): build ${ok(built) ? 'met' : 'MISSED'}, cache ${ok(loaded) ? 'met' : 'MISSED'}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
