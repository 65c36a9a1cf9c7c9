// Compiles src/ to dist/ (JavaScript with source maps), so that the bin, `npm start` and the tests that spawn the
// CLI run plain JavaScript with no TypeScript compiler at run time. `ensureBuilt()` builds only when dist/ is
// missing or older than src/; run this file to build now (`node scripts/build.mjs`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist');
const src = join(root, 'src');
const stamp = join(dist, '.build-stamp');
const lock = join(root, '.dist-build.lock');
/** Files that are not TypeScript but that the compiled code reads beside itself at run time. */
const assets = ['web/assets'];
/** Besides src/, the files whose change changes the build. */
const inputs = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why dist/ needs building ("missing", "older than src/"), or null when it is current (or there is no src/). */
export function buildNeeded() {
  if (!existsSync(src)) return null;
  if (!existsSync(stamp)) return 'missing';
  const built = statSync(stamp).mtimeMs;
  const newest = Math.max(
    newestMtime(src),
    ...inputs.map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  );
  return newest > built ? 'older than src/' : null;
}

/** Compiles into a fresh folder and puts it in place of dist/ at once, so no process sees half a build. */
export function build() {
  const out = join(root, `.dist-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) throw new Error('cannot build dist/: the typescript package is missing (run npm install)');
  // Type errors are `tsc -p .`'s job (npm test runs it); the build emits what src/ says, as tsx used to run it.
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', out], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (const a of assets) cpSync(join(src, a), join(out, a), { recursive: true });
  writeFileSync(join(out, '.build-stamp'), `${new Date().toISOString()}\n`);
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(out, dist);
  rmSync(old, { recursive: true, force: true });
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/ when it is missing or stale, telling stderr why. Several processes may ask at once (test files that
 * spawn the CLI): one builds under a lock, the others wait for it and then find dist/ current.
 */
export function ensureBuilt({ quiet = false } = {}) {
  for (let waited = 0; buildNeeded(); waited += 100) {
    try {
      mkdirSync(lock);
    } catch {
      // A lock left by a build that died is taken over after two minutes.
      if (waited > 120_000 || (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000))
        rmSync(lock, { recursive: true, force: true });
      sleep(100);
      continue;
    }
    try {
      const why = buildNeeded();
      if (!why) return;
      if (!quiet) console.error(`haebang: compiling src/ to dist/ (dist/ is ${why})...`);
      build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build();
  console.error('haebang: built dist/');
}
