import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/open-database.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { seededDataDir } from './seeded-data-dir.js';
import { storageTargets } from './storage-targets.js';

const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const entries = 120;
let server: LoopbackServer;
let pageRequests = 0;
let onPage: (() => void) | null = null;

/** A feed of summary-only entries: every item makes the ingest fetch its page, which tells the test where it is. */
function feedXml(base: string): string {
  const items = Array.from(
    { length: entries },
    (_, i) =>
      `<item><title>Crash test story number ${i} about Kim Ji-won</title><link>${base}/story/${i}</link><guid>crash-${i}</guid><pubDate>Mon, 02 May 2022 10:00:00 +0900</pubDate><description>Short summary ${i}.</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Crash Feed</title><link>${base}/</link>${items}</channel></rss>`;
}

beforeAll(async () => {
  server = await startLoopbackServer();
  const base = server.url('').replace(/\/$/, '');
  server.routes.set('/crash.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feedXml(base) });
  server.routes.set('/story/*', {
    handle: (req, res) => {
      pageRequests++;
      onPage?.();
      const n = req.url?.split('/').pop();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<html><head><title>Story ${n}</title></head><body><article><h1>Crash test story number ${n}</h1><p>${'Kim Ji-won was seen on the set of My Liberation Notes. '.repeat(12)}</p></article></body></html>`,
      );
    },
  });
});
afterAll(async () => server?.close());

describe.each(storageTargets)('an ingest killed at any moment, on $name', (target) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haebang-crash-'));
  let databaseUrl: string | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await cleanup?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const haebang = (args: string[]): ChildProcess =>
    spawn(
      process.execPath,
      [bin, ...(databaseUrl ? ['--database-url', databaseUrl] : ['--data-dir', dataDir]), ...args],
      {
        env: { ...process.env, CI: '', HAEBANG_ALLOW_PRIVATE_FETCH: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  const finish = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it.runIf(target.available)(
    'leaves no partial item and no duplicate after a restart',
    async () => {
      if (target.name === 'postgres') {
        const database = await target.open();
        // A database of the test server's own, dropped at the end; the CLI connects to it by URL.
        databaseUrl = database.url ?? null;
        cleanup = () => database.close();
        if (!databaseUrl) throw new Error('the PostgreSQL target did not expose its URL');
      } else seededDataDir(dataDir);
      expect(await finish(haebang(['feeds', 'add', server.url('/crash.xml')]))).toBe(0);
      // Kill the ingest with SIGKILL three times, at different points while items are being fetched and stored
      // (items are stored 25 at a time, so the later kills land after some were stored).
      for (const killAt of [3, 30, 60]) {
        const start = pageRequests;
        const child = haebang(['ingest', '--all']);
        onPage = () => {
          if (pageRequests - start >= killAt) child.kill('SIGKILL');
        };
        await finish(child);
        onPage = null;
      }
      // The kills did land in the middle: some items were stored, not all.
      const between = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
      const { n } = await between.db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      await between.close();
      expect(Number(n)).toBeGreaterThan(0);
      expect(Number(n)).toBeLessThan(entries);

      const last = haebang(['ingest', '--all']);
      let out = '';
      last.stdout?.on('data', (d) => (out += d));
      expect(await finish(last)).toBe(0);
      expect(out).toMatch(/0 failed/);

      const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
      try {
        const items = await database.db.selectFrom('items').select(['id', 'guid', 'analysis']).execute();
        expect(items.length).toBe(entries);
        expect(new Set(items.map((i) => i.guid)).size).toBe(entries);
        const horizons = await database.db.selectFrom('item_horizons').select('item_id').execute();
        const entities = await database.db.selectFrom('item_entities').select('item_id').execute();
        for (const item of items) {
          const spoilers = (item.analysis as { spoilers: unknown[] }).spoilers.length;
          expect(horizons.filter((h) => h.item_id === item.id).length).toBe(spoilers);
          expect(entities.some((e) => e.item_id === item.id)).toBe(true);
        }
      } finally {
        await database.close();
      }
    },
    300_000,
  );
});
