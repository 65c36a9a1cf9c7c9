import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../scripts/build.mjs';

const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const fromSource = ['--import', 'tsx', new URL('./run-cli-from-source.ts', import.meta.url).pathname];
const demoItems = new URL('../data/demo-items.json', import.meta.url);

/** Wall time of one process in ms; throws when it fails (the bench must not time an error message). */
function wallMs(args: string[], okCodes = [0]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  const ms = performance.now() - start;
  if (!okCodes.includes(r.status ?? -1)) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = (args: string[], runs: number) => median(Array.from({ length: runs }, () => wallMs(args)));

/** Our own demo articles as files: `count` of them, the demo set repeated. */
function writeArticles(dir: string, count: number): string[] {
  const items = (JSON.parse(readFileSync(demoItems, 'utf8')) as { items: { title: string; bodyHtml: string }[] }).items;
  return Array.from({ length: count }, (_, i) => {
    const item = items[i % items.length];
    const path = join(dir, `article-${String(i).padStart(4, '0')}.html`);
    writeFileSync(
      path,
      `<!doctype html><html><head><title>${item.title}</title></head><body><article><h1>${item.title}</h1>${item.bodyHtml}</article></body></html>`,
    );
    return path;
  });
}

/**
 * `haebang --version` and `haebang analyze --json FILE` wall time on PGlite with the starter catalog, each next to
 * the same command run from source through tsx and to `node -e ''` (the floor), medians of `runs`; then a batch of
 * `batch` articles through one `haebang analyze FOLDER`.
 */
export function runStartupBench({ runs = 5, batch = 200 } = {}) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'haebang-startup-bench-'));
  try {
    const data = ['--data-dir', join(dir, 'db')];
    const [file] = writeArticles(dir, 1);
    wallMs([bin, ...data, 'analyze', '--json', file]); // creates the database and loads the starter catalog
    const floor = timed(['-e', ''], runs);
    const version = timed([bin, '--version'], runs);
    const versionTsx = timed([...fromSource, '--version'], runs);
    const analyze = timed([bin, ...data, 'analyze', '--json', file], runs);
    const analyzeTsx = timed([...fromSource, ...data, 'analyze', '--json', file], runs);
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    writeArticles(folder, batch);
    const batchMs = wallMs([bin, ...data, 'analyze', folder]);
    const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
    console.log(`Start-up: PGlite with the starter catalog, medians of ${runs} runs (wall)`);
    console.log(`  node -e ''                     ${ms(floor)}  (floor)`);
    const row = (what: string, x: number, tsx: number, target: number) =>
      console.log(
        `  ${what.padEnd(30)} ${ms(x)} (${ms(x - floor)} over the floor)  tsx from source ${ms(tsx)}  target <= ${target} ms: ${x <= target ? 'met' : 'MISSED'}`,
      );
    row('haebang --version', version, versionTsx, 300);
    row('haebang analyze --json FILE', analyze, analyzeTsx, 1000);
    console.log(
      `  haebang analyze FOLDER         ${batch} articles in ${ms(batchMs)}: ${(batch / (batchMs / 1000)).toFixed(1)} articles/s (one process per file: ${(1000 / analyze).toFixed(1)} articles/s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
