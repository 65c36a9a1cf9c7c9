import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, fixtureToken, startFixtureServer } from '../src/sync/fixture-server.js';
import { seededDataDir } from './seeded-data-dir.js';

const run = promisify(execFile);
const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'haebang-sync-'));
seededDataDir(join(dataDir, 'db'));
let server: FixtureServer;

async function haebang(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [bin, '--data-dir', join(dataDir, 'db'), ...args], {
    env: {
      ...process.env,
      CI: '',
      DATABASE_URL: '',
      HAEBANG_ALLOW_PRIVATE_FETCH: '1',
      HAEBANG_TMDB_URL: server.url,
      HAEBANG_TMDB_TOKEN: fixtureToken,
      HAEBANG_WIKIDATA_URL: `${server.url}/sparql`,
      ...env,
    },
    maxBuffer: 1 << 24,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('haebang catalog sync and unknown', () => {
  it('says what is missing when no TMDB key is configured, and changes nothing', async () => {
    const r = await haebang(['catalog', 'sync', 'tmdb'], { HAEBANG_TMDB_TOKEN: '' });
    expect(r).toMatchObject({ code: 1, stderr: expect.stringMatching(/no TMDB credentials: set HAEBANG_TMDB_TOKEN/) });
  });

  it('syncs one show from TMDB and from Wikidata into the same entry, keeping the starter facts', async () => {
    const tmdb = await haebang(['catalog', 'sync', 'tmdb', '--show', 'My Liberation Notes']);
    expect(tmdb.stdout).toMatch(/updated\s+my-liberation-notes/);
    expect(tmdb.stdout).toMatch(/tmdb: 0 added, 1 updated, 0 unchanged, 0 failed/);
    const wikidata = await haebang(['catalog', 'sync', 'wikidata', '--show', 'My Liberation Notes']);
    expect(wikidata.stdout).toMatch(/wikidata: 0 added, 1 updated, 0 unchanged, 0 failed/);
    const show = await haebang(['catalog', 'show', 'my-liberation-notes']);
    expect(show.stdout).toMatch(/ids: tmdb \d+, wikidata Q\d+/);
    expect(show.stdout).toMatch(/starter\s+.*title/);
  });

  it('lists unknown titles (none yet on a fresh database)', async () => {
    expect((await haebang(['catalog', 'unknown'])).stdout).toMatch(/no unknown titles/);
  });
});
