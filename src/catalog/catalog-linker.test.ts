import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { buildLinker } from '../link/build-linker.js';
import { writeLinkerCache } from '../link/linker-cache.js';
import type { Database } from '../store/open-database.js';
import { catalogLinker } from './catalog-linker.js';
import { catalogSchema } from './catalog-schema.js';
import { importCatalog } from './import-catalog.js';
import type { LinkerCacheSite } from './linker-cache-site.js';

const smallCatalog = new URL('./fixtures/small-catalog.json', import.meta.url);
const person = (id: string, name: string, hangul: string) => JSON.stringify({ people: [{ id, name, hangul }] });
const ids = (linker: { link(text: string): Array<{ id?: string }> }, text: string) =>
  linker.link(text).map((m) => m.id);

describe.each(storageTargets)('the linker cache on $name', (target) => {
  let database: Database;
  let site: LinkerCacheSite;
  const file = () => {
    const files = readdirSync(site.dir).filter((f) => f.endsWith('.v11'));
    expect(files).toHaveLength(1);
    return join(site.dir, files[0]);
  };

  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    await importCatalog(database.db, { text: readFileSync(smallCatalog, 'utf8'), origin: 'small-catalog.json' });
    site = {
      dir: mkdtempSync(join(tmpdir(), 'haebang-linker-')),
      perDatabase: target.name === 'postgres',
      codeVersion: 'b1',
    };
  });
  afterAll(async () => {
    await database?.close();
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });

  it.runIf(target.available)(
    'builds and caches once, then trusts only a cache of this catalog version and build',
    async () => {
      const built = await catalogLinker(database.db, site);
      expect(built.cached).toBe(false);
      expect(ids(built.linker, 'Kim Ji-won smiled.')).toEqual(['kim-ji-won']);
      const again = await catalogLinker(database.db, site);
      expect(again).toMatchObject({
        cached: true,
        catalogVersion: built.catalogVersion,
        fingerprint: built.fingerprint,
      });
      expect(ids(again.linker, 'Kim Ji-won smiled.')).toEqual(['kim-ji-won']);

      // A cache planted under the current stamp is what the next reader uses: proof it is read, not rebuilt.
      const planted = buildLinker(catalogSchema.parse(JSON.parse(person('han-seo-yul', 'Han Seo-yul', '한서율'))));
      writeLinkerCache(file(), { catalogVersion: built.catalogVersion, codeVersion: 'b1' }, planted);
      expect(ids((await catalogLinker(database.db, site)).linker, 'Han Seo-yul smiled.')).toEqual(['han-seo-yul']);

      // Another build's cache is not trusted.
      expect(await catalogLinker(database.db, { ...site, codeVersion: 'b2' })).toMatchObject({ cached: false });
      expect(ids((await catalogLinker(database.db, site)).linker, 'Han Seo-yul smiled.')).toEqual([]);
    },
  );

  it.runIf(target.available)('rebuilds when the catalog changes, and when the file is corrupt', async () => {
    const before = await catalogLinker(database.db, site);
    await importCatalog(database.db, { text: person('koo-kyo-hwan', 'Koo Kyo-hwan', '구교환'), origin: 'koo.json' });
    const after = await catalogLinker(database.db, site);
    expect(after.cached).toBe(false);
    expect(Number(after.catalogVersion)).toBeGreaterThan(Number(before.catalogVersion));
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(ids(after.linker, 'Koo Kyo-hwan smiled.')).toEqual(['koo-kyo-hwan']);
    expect((await catalogLinker(database.db, site)).cached).toBe(true);

    writeFileSync(file(), 'not a linker');
    const size = statSync(file()).size;
    const rebuilt = await catalogLinker(database.db, site);
    expect(rebuilt.cached).toBe(false);
    expect(ids(rebuilt.linker, 'Koo Kyo-hwan smiled.')).toEqual(['koo-kyo-hwan']);
    expect(statSync(file()).size).toBeGreaterThan(size);
  });
});
