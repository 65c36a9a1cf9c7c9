import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIngestFixtures } from './ingest-fixtures.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';

const run = promisify(execFile);
const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'haebang-feeds-'));
let server: LoopbackServer;

async function haebang(args: string[], allowPrivate = true) {
  return run(process.execPath, [bin, '--data-dir', join(dataDir, 'db'), ...args], {
    env: { ...process.env, CI: '', DATABASE_URL: '', HAEBANG_ALLOW_PRIVATE_FETCH: allowPrivate ? '1' : '' },
    maxBuffer: 1 << 24,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
}

beforeAll(async () => {
  server = await startLoopbackServer();
  serveIngestFixtures(server);
  server.routes.set('/page', {
    headers: { 'content-type': 'text/html' },
    body: `<html><head><link rel="alternate" type="application/atom+xml" href="/clips.xml"></head><body>hi</body></html>`,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('haebang feeds, ingest and reanalyze', () => {
  it('adds feeds (a page that announces one too), refuses a second add, lists them', async () => {
    expect((await haebang(['feeds', 'add', server.url('/desk.xml'), '--every', '2h'])).stdout).toMatch(
      /following #1 Drama Desk Daily \(feed, every 120 min\)/,
    );
    expect((await haebang(['feeds', 'add', server.url('/page')])).stdout).toMatch(
      /following #2 Test Broadcaster Drama \(youtube/,
    );
    const again = await haebang(['feeds', 'add', server.url('/desk.xml')]);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/is followed already/) });
    const bad = await haebang(['feeds', 'add', server.url('/desk.xml'), '--every', 'often']);
    expect(bad.stderr).toMatch(/--every: expected an interval/);
  });

  it('refuses loopback addresses unless they are allowed', async () => {
    const r = await haebang(['feeds', 'add', server.url('/clips.xml')], false);
    expect(r).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/refused, it resolves to a private or local address/),
    });
  });

  it('ingests the due feeds with a summary, and a second pass changes nothing', async () => {
    const first = await haebang(['ingest']);
    expect(first.stdout).toMatch(
      /2 feeds \(0 not modified, 0 failed\): 4 items added, 0 unchanged, 0 duplicates, 0 failed/,
    );
    const second = await haebang(['ingest', '--all']);
    expect(second.stdout).toMatch(/2 feeds \(0 not modified, 0 failed\): 0 items added, 4 unchanged/);
    const list = await haebang(['feeds', 'list']);
    expect(list.stdout).toMatch(/#1 Drama Desk Daily .*\n\s+feed, every 120 min, 3 items/);
  });

  it('exports OPML that imports back to the same feeds', async () => {
    const opml = (await haebang(['feeds', 'export'])).stdout;
    expect(opml).toContain(`xmlUrl="${server.url('/desk.xml')}"`);
    const file = join(dataDir, 'feeds.opml');
    writeFileSync(file, opml);
    expect((await haebang(['feeds', 'import', file])).stdout).toMatch(
      /2 feeds in .*: 0 added, 2 followed already, 0 could not be read/,
    );
    // An outline that cannot be read is reported with its line (the URL once), and the import exits 1.
    const lines = opml.replace('</body>', '<outline text="Old" xmlUrl="feed://old.example/rss"/>\n</body>').split('\n');
    writeFileSync(file, lines.join('\n'));
    const bad = await haebang(['feeds', 'import', file]);
    const line = lines.findIndex((l) => l.includes('feed://old.example')) + 1;
    expect(bad).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/0 added, 2 followed already, 1 could not be read/),
    });
    expect(bad.stderr).toContain(`line ${line}: feed://old.example/rss: not an http(s) URL`);
  });

  it('re-analyses stored items after the catalog gains a show', async () => {
    expect((await haebang(['reanalyze'])).stdout).toMatch(/4 items: 0 changed, 0 re-analysed/);
    const catalog = JSON.parse((await haebang(['catalog', 'export'])).stdout);
    const show = catalog.shows.find((s: { id: string }) => s.id === 'my-liberation-notes');
    show.aliases = [...(show.aliases ?? []), 'Bus Stop Confessions'];
    const file = join(dataDir, 'catalog.json');
    writeFileSync(file, JSON.stringify(catalog));
    await haebang(['catalog', 'import', file]);
    const r = await haebang(['reanalyze']);
    expect(r.stdout).toMatch(/4 items: \d+ changed, \d+ re-analysed with no change/);
    expect(r.stdout).not.toMatch(/4 items: 0 changed, 0 re-analysed/);
  });

  it('removes a feed with its items', async () => {
    expect((await haebang(['feeds', 'remove', '2'])).stdout).toMatch(
      /removed #2 Test Broadcaster Drama and its item$/m,
    );
    expect((await haebang(['feeds', 'remove', '2'])).stderr).toMatch(/no feed 2/);
  });
});
