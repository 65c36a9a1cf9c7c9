// Vitest's global setup: the tests that spawn bin/haebang.js run dist/, so it is compiled here once, before any
// test file starts, when it is missing or older than src/ (instead of by every spawned CLI at once).
import { ensureBuilt } from '../scripts/build.mjs';

export function setup() {
  ensureBuilt();
}
