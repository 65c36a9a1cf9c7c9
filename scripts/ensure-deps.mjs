// Installs the project's npm packages when they are missing or older than package-lock.json, and compiles src/ to
// dist/ when dist/ is missing or older than src/, so that `npm start` and `npm test` work on a fresh clone with
// nothing but Node 20 and npm.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  console.error('haebang: installing npm packages (first run)...');
  execSync(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund', {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
const { ensureBuilt } = await import('./build.mjs');
ensureBuilt();
