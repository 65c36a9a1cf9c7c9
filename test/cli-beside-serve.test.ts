import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/open-database.js';
import { lockFileName, readOwner } from '../src/store/owner-lock.js';
import { serveIngestFixtures } from './ingest-fixtures.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { seededDataDir } from './seeded-data-dir.js';
import { ApiClient, haebang, type ServeProcess, type Storage, startHaebang, startServe } from './serve-process.js';
import { storageTargets } from './storage-targets.js';

const work = mkdtempSync(join(tmpdir(), 'haebang-beside-'));
let fixtures: LoopbackServer;
let pages = 0;
let onPage: (() => void) | null = null;
const stories = 40;
beforeAll(async () => {
  fixtures = await startLoopbackServer();
  serveIngestFixtures(fixtures);
  // A feed of summary-only entries: each item makes the ingest fetch its page, which tells the test where it is.
  const base = fixtures.url('').replace(/\/$/, '');
  const entries = Array.from(
    { length: stories },
    (_, i) =>
      `<item><title>Set visit number ${i}: Kim Ji-won between takes</title><link>${base}/story/${i}</link><guid>visit-${i}</guid><pubDate>Mon, 02 May 2022 10:00:00 +0900</pubDate><description>Notes ${i}.</description></item>`,
  ).join('');
  fixtures.routes.set('/visits.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Set Visits</title><link>${base}/</link>${entries}</channel></rss>`,
  });
  fixtures.routes.set('/story/*', {
    handle: (req, res) => {
      pages++;
      onPage?.();
      const n = req.url?.split('/').pop();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<html><head><title>Set visit ${n}</title></head><body><article><h1>Set visit number ${n}</h1><p>${'Kim Ji-won rehearsed a scene of My Liberation Notes with the crew. '.repeat(10)}</p></article></body></html>`,
      );
    },
  });
});
afterAll(async () => {
  await fixtures?.close();
  rmSync(work, { recursive: true, force: true });
});

const ownerPassword = 'owner password 1';
const memberPassword = 'member password 2';
const entryCount = async (api: ApiClient) => (await api.call('GET', '/api/feed?limit=100')).json.entries.length;
const feedUrls = async (api: ApiClient) =>
  ((await api.call('GET', '/api/feeds')).json.feeds as { url: string }[]).map((f) => f.url).sort();

describe.each(storageTargets)('every writing CLI command beside a running serve, on $name', (target) => {
  let storage: Storage;
  let cleanup = async () => {};
  let serve: ServeProcess | null = null;
  beforeAll(async () => {
    if (!target.available) return;
    if (target.name === 'pglite') storage = { dataDir: seededDataDir(join(work, 'db')) };
    else {
      const database = await target.open();
      storage = { databaseUrl: database.url! };
      cleanup = () => database.close();
    }
  });
  afterAll(async () => {
    await serve?.stop();
    await cleanup();
  });

  it.runIf(target.available)(
    'shows each effect in the server at once, and keeps it across a restart of both',
    async () => {
      const cli = (args: string[], input = '') => haebang(storage, args, input);
      const ok = async (args: string[], input = '') => {
        const r = await cli(args, input);
        expect(r, `haebang ${args.join(' ')}`).toMatchObject({ code: 0 });
        return r.stdout;
      };
      serve = await startServe(storage);
      const api = new ApiClient(serve.url);
      if ('dataDir' in storage)
        expect(readOwner(storage.dataDir)).toMatchObject({
          pid: serve.child.pid,
          command: 'serve',
          url: `${serve.url}/`,
        });

      // users add: the owner logs in to the running server at once.
      await ok(['users', 'add', 'min-ji', '--owner'], `${ownerPassword}\n`);
      expect(await api.login('min-ji', ownerPassword)).toBe(200);

      // add: a single article.
      expect(await ok(['add', fixtures.url('/news/interview')])).toMatch(/^added: /);
      expect(await entryCount(api)).toBe(1);

      // Two writing commands at once: both land.
      const [feed, member] = await Promise.all([
        cli(['feeds', 'add', fixtures.url('/desk.xml')]),
        cli(['users', 'add', 'bo'], `${memberPassword}\n`),
      ]);
      expect([feed.code, member.code, feed.stderr, member.stderr]).toEqual([0, 0, '', '']);
      expect(await feedUrls(api)).toEqual([fixtures.url('/desk.xml')]);
      expect(await new ApiClient(serve.url).login('bo', memberPassword)).toBe(200);

      // ingest (the server's own schedule may have fetched the feed first: then the command adds nothing new).
      expect(await ok(['ingest', '--all'])).toMatch(/1 feed \(0 not modified, 0 failed\)/);
      const items = await entryCount(api);
      expect(items).toBe(3);

      // feeds import / remove.
      const opml = join(work, `${target.name}.opml`);
      writeFileSync(
        opml,
        `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="Clips" xmlUrl="${fixtures.url('/clips.xml')}"/></body></opml>`,
      );
      expect(await ok(['feeds', 'import', opml])).toMatch(/1 added/);
      expect(await feedUrls(api)).toEqual([fixtures.url('/clips.xml'), fixtures.url('/desk.xml')]);
      const clips = ((await api.call('GET', '/api/feeds')).json.feeds as { id: number; url: string }[]).find((f) =>
        f.url.endsWith('/clips.xml'),
      )!;
      await ok(['feeds', 'remove', String(clips.id)]);
      expect(await feedUrls(api)).toEqual([fixtures.url('/desk.xml')]);

      // catalog import: the server's catalog (its linker, in memory) follows at once; then reanalyze.
      const catalog = JSON.parse(await ok(['catalog', 'export']));
      const show = catalog.shows.find((s: { id: string }) => s.id === 'my-liberation-notes');
      show.aliases = [...(show.aliases ?? []), 'Notes from Sanpo'];
      const file = join(work, `${target.name}-catalog.json`);
      writeFileSync(file, JSON.stringify(catalog));
      await ok(['catalog', 'import', file]);
      expect((await api.call('GET', '/api/shows/my-liberation-notes')).json.show.aliases).toContain('Notes from Sanpo');
      expect(await ok(['reanalyze'])).toMatch(/3 items: /);

      // sources on: the catalog source the server's daily sync may contact (off until turned on).
      expect(await ok(['sources', 'on', 'wikidata'])).toMatch(/^wikidata\s+on\s/);

      // demo load / remove.
      expect(await ok(['demo', 'load'])).toMatch(/demo items: [1-9]\d* added/);
      const withDemo = await entryCount(api);
      expect(withDemo).toBeGreaterThan(items);
      expect(await ok(['demo', 'remove'])).toMatch(/demo items: [1-9]\d* removed/);
      expect(await entryCount(api)).toBe(items);

      // A restart of both: the server and a command see everything again.
      expect(await serve.stop()).toBe(0);
      if ('dataDir' in storage) expect(existsSync(join(storage.dataDir, lockFileName))).toBe(false);
      serve = await startServe(storage);
      const again = new ApiClient(serve.url);
      expect(await again.login('min-ji', ownerPassword)).toBe(200);
      expect(await new ApiClient(serve.url).login('bo', memberPassword)).toBe(200);
      expect(await entryCount(again)).toBe(items);
      expect(await feedUrls(again)).toEqual([fixtures.url('/desk.xml')]);
      expect((await again.call('GET', '/api/shows/my-liberation-notes')).json.show.aliases).toContain(
        'Notes from Sanpo',
      );
      expect(await ok(['feeds', 'list'])).toMatch(/Drama Desk Daily[\s\S]*3 items|2 items/);
      expect(await ok(['sources'])).toMatch(/^wikidata\s+on\s[\s\S]*\ntmdb\s+off/);
    },
    600_000,
  );

  it.runIf(target.available && target.name === 'pglite')(
    'refuses a second serve on one directory, naming the pid',
    async () => {
      const second = await haebang(storage, ['serve', '--port', '0']);
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toBe(
        `haebang: haebang serve (pid ${serve!.child.pid}, ${serve!.url}/), which holds the embedded database in ${(storage as { dataDir: string }).dataDir}, is already running; use that one (the CLI works beside it), or stop it first`,
      );
    },
  );

  it.runIf(target.available && target.name === 'pglite')(
    'kill -9 of the owner in the middle of a command: no partial write, no lost write, no stale lock',
    async () => {
      // A database of its own, so that this test runs alone too (vitest -t 'kill -9').
      const dataDir = seededDataDir(join(work, 'killed'));
      const storage = { dataDir };
      await serve?.stop();
      serve = await startServe(storage);
      expect((await haebang(storage, ['feeds', 'add', fixtures.url('/visits.xml')])).code).toBe(0);
      // Through the owner, as any process: the lock file says where and with which secret.
      const connect = async () => {
        const { port, secret } = readOwner(dataDir)!;
        const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: secret });
        client.on('error', () => {});
        await client.connect();
        return client;
      };
      const visits = `select count(*)::int as n, count(distinct guid)::int as guids from items where guid like 'visit-%'`;
      const watcher = await connect();
      const killed = serve!.child.pid;
      let committed = -1;
      const ingest = startHaebang(storage, ['ingest', '--all']);
      // Items are stored 25 to a transaction: at the 30th page the first batch is in, the second on its way.
      onPage = () => {
        if (pages < 30 || committed >= 0) return;
        committed = 0;
        void watcher.query(visits).then(({ rows }) => {
          committed = rows[0].n;
          serve!.child.kill('SIGKILL');
        });
      };
      pages = 0;
      const result = await ingest.result;
      onPage = null;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^haebang: cannot reach haebang serve \\(pid ${killed}, http[^)]*\\), which holds the embedded database in ${dataDir}: (the connection was lost|connection refused; is it running\\?)\n  what was stored before is kept`,
        ),
      );
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(stories);

      // A restart recovers the stale lock; what was committed is there, whole; nothing else is.
      expect(readOwner(dataDir)?.pid).toBe(killed);
      serve = await startServe(storage);
      expect(readOwner(dataDir)?.pid).toBe(serve.child.pid);
      const after = await connect();
      try {
        expect((await after.query(visits)).rows[0]).toEqual({ n: committed, guids: committed });
        const partial = await after.query(`select i.id from items i where guid like 'visit-%' and (
          not exists (select 1 from item_entities e where e.item_id = i.id)
          or (select count(*) from item_horizons h where h.item_id = i.id) <> jsonb_array_length(i.analysis->'spoilers'))`);
        expect(partial.rows).toEqual([]);
        // Run again: the rest is added, nothing twice.
        expect((await haebang(storage, ['ingest', '--all'])).code).toBe(0);
        expect((await after.query(visits)).rows[0]).toEqual({ n: stories, guids: stories });
      } finally {
        await after.end();
        await watcher.end().catch(() => {});
      }
    },
    600_000,
  );

  it.runIf(target.available && target.name === 'pglite')(
    'two writing commands at once with no server: one owns the database, the other goes through it',
    async () => {
      // A new directory: the first to start creates the database while the other waits for it.
      const storage = { dataDir: join(work, 'pair') };
      const [feed, user] = await Promise.all([
        haebang(storage, ['feeds', 'add', fixtures.url('/desk.xml')]),
        haebang(storage, ['users', 'add', 'min-ji', '--owner'], `${ownerPassword}\n`),
      ]);
      expect([feed.code, user.code]).toEqual([0, 0]);
      expect(existsSync(join(storage.dataDir, lockFileName))).toBe(false);
      const database = await openDatabase({ dataDir: storage.dataDir });
      try {
        expect(await database.db.selectFrom('feeds').select('url').execute()).toEqual([
          { url: fixtures.url('/desk.xml') },
        ]);
        expect(await database.db.selectFrom('users').select('name').execute()).toEqual([{ name: 'min-ji' }]);
      } finally {
        await database.close();
      }
    },
    300_000,
  );
});
