import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSchema } from '../src/catalog/catalog-schema.js';
import { linkerCacheName } from '../src/catalog/linker-cache-site.js';
import { buildLinker } from '../src/link/build-linker.js';
import { writeLinkerCache } from '../src/link/linker-cache.js';
import { openDatabase } from '../src/store/open-database.js';
import { closedCatalogVersion } from '../src/store/owner-lock.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { seededDataDir } from './seeded-data-dir.js';

const run = promisify(execFile);
const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'haebang-linker-cli-'));
const dataDir = seededDataDir(join(dir, 'db'));
let server: LoopbackServer;

const haebang = (args: string[]) =>
  run(process.execPath, [bin, '--data-dir', dataDir, ...args], {
    env: { ...process.env, CI: '', DATABASE_URL: '', HAEBANG_ALLOW_PRIVATE_FETCH: '1', HAEBANG_DEMO_ITEMS: '0' },
  });
const person = (id: string, name: string, hangul: string) => ({ people: [{ id, name, hangul }] });
/** The feed's one item: a made-up interview naming `who`, long enough to be taken as the full text. */
const feedOf = (n: number, who: string) => {
  const p = `${who} talked about the new drama at a press event in Seoul on Tuesday, and said the first script reading had gone on for most of the afternoon.`;
  const body = [p, `Asked about the role, ${who} said the character had been the hardest one so far.`, p, p]
    .map((t) => `<p>${t}</p>`)
    .join('');
  return `<rss version="2.0"><channel><title>Press desk</title><item><title>${who} at the press event, part ${n}</title><link>https://press.example/${n}</link><guid>p-${n}</guid><pubDate>Tue, 0${n} Nov 2022 10:00:00 +0900</pubDate><description><![CDATA[${body}]]></description></item></channel></rss>`;
};
const serveFeed = (n: number, who: string) =>
  server.routes.set('/press.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feedOf(n, who) });

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the linker cache in haebang ingest', () => {
  it('loads the cache of the current catalog version, and rebuilds it once the catalog changes', async () => {
    serveFeed(1, 'Kim Ji-won');
    await haebang(['feeds', 'add', server.url('/press.xml')]);
    await haebang(['ingest', '--all']);
    const cache = join(dataDir, linkerCacheName);
    expect(existsSync(cache)).toBe(true);

    // A cache planted under the current stamp (a linker that knows only a made-up actor): ingest must use it.
    const stamp = {
      catalogVersion: closedCatalogVersion(dataDir)!,
      codeVersion: readFileSync(new URL('../dist/.build-stamp', import.meta.url), 'utf8').trim(),
    };
    expect(stamp.catalogVersion).toMatch(/^\d+$/);
    writeLinkerCache(cache, stamp, buildLinker(catalogSchema.parse(person('han-seo-yul', 'Han Seo-yul', '한서율'))));
    serveFeed(2, 'Han Seo-yul');
    await haebang(['ingest', '--all']);

    // A catalog import bumps the version: the next ingest builds from the catalog again (no made-up actor in it).
    writeFileSync(join(dir, 'koo.json'), JSON.stringify(person('koo-kyo-hwan', 'Koo Kyo-hwan', '구교환')));
    await haebang(['catalog', 'import', join(dir, 'koo.json')]);
    serveFeed(3, 'Han Seo-yul and Koo Kyo-hwan');
    await haebang(['ingest', '--all']);
    expect(Number(closedCatalogVersion(dataDir))).toBeGreaterThan(Number(stamp.catalogVersion));

    const database = await openDatabase({ dataDir });
    try {
      const links = await database.db
        .selectFrom('item_entities')
        .innerJoin('items', 'items.id', 'item_entities.item_id')
        .select(['items.guid', 'item_entities.entity_id'])
        .where('item_entities.kind', '=', 'person')
        .orderBy('items.guid')
        .execute();
      expect(links.map((l) => `${l.guid} ${l.entity_id}`)).toEqual([
        'p-1 kim-ji-won',
        'p-2 han-seo-yul',
        'p-3 koo-kyo-hwan',
      ]);
    } finally {
      await database.close();
    }
  }, 150_000); // five CLI runs, each starting the embedded database: 25-35 s on a loaded 2-core machine
});
