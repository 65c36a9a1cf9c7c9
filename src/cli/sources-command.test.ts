import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../../test/seeded-data-dir.js';

const bin = new URL('../../bin/haebang.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'haebang-sources-'));
seededDataDir(join(dataDir, 'db'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function haebang(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--data-dir', join(dataDir, 'db'), ...args], {
      env: { ...process.env, CI: '', DATABASE_URL: '', HAEBANG_TMDB_TOKEN: '', HAEBANG_TMDB_API_KEY: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('haebang sources', () => {
  it.each([
    [['sources'], 0, /^wikidata\s+off\s+query\.wikidata\.org.*\ntmdb\s+off\s+api\.themoviedb\.org.*HAEBANG_TMDB_TOKEN/],
    [['sources', 'on', 'wikidata'], 0, /^wikidata\s+on\s+query\.wikidata\.org.*\ntmdb\s+off/],
    [['sources', 'on', 'imdb'], 1, /unknown source "imdb" \(expected wikidata or tmdb\)/],
    [['sources', 'off', 'wikidata'], 0, /^wikidata\s+off\s.*\ntmdb\s+off/],
  ])(
    '%j exits %d',
    async (args, code, pattern) => {
      const run = await haebang(args);
      expect(run.code, run.stderr).toBe(code);
      expect(code ? run.stderr : run.stdout).toMatch(pattern);
    },
    60_000,
  );
});
