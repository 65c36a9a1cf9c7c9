#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (no TypeScript compiler at run time). In a checkout, dist/ is built
// from src/ first when it is missing or older than src/ (scripts/build.mjs); `--version` loads nothing of the app.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
} else {
  if (existsSync(new URL('../src', import.meta.url))) {
    const { ensureBuilt } = await import('../scripts/build.mjs');
    ensureBuilt();
  }
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
