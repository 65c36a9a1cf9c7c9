import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { FORMAT, readLinkerCache, writeLinkerCache } from '../link/linker-cache.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { getMetas, setMeta, setMetaIfAbsent } from '../store/meta-repository.js';
import { type LinkerCacheSite, linkerCacheName } from './linker-cache-site.js';

export interface CatalogLinker {
  linker: Linker;
  /** `meta.catalog_version` when it was read: a linker built from a newer catalog says the older (and is rebuilt). */
  catalogVersion: string;
  /** A digest of the catalog the linker was built from (the analyser's version: same catalog, same analyses). */
  fingerprint: string;
  /** Read from the cache (true) or built from the catalog (false). */
  cached: boolean;
}

const databaseIdKey = 'database-id';
const fingerprintKey = 'catalog-fingerprint';

/**
 * The linker for the catalog as stored now: the cached one when it was built from this catalog version by this build,
 * else built from the catalog and cached (a file written whole and renamed, so processes sharing the database never
 * read half of one; a stale, foreign or unreadable file is rebuilt, never trusted). The version is read before the
 * catalog: a catalog changed meanwhile is cached under the older version, so rebuilt by the next reader.
 */
export async function catalogLinker(db: Kysely<DB>, site: LinkerCacheSite | null): Promise<CatalogLinker> {
  const meta = await getMetas(db, ['catalog_version', fingerprintKey, databaseIdKey]);
  const catalogVersion = meta.get('catalog_version') ?? '0';
  let path: string | null = null;
  if (site) {
    const id = site.perDatabase
      ? (meta.get(databaseIdKey) ?? (await setMetaIfAbsent(db, databaseIdKey, randomUUID())))
      : null;
    path = join(site.dir, id ? `haebang-linker-${id}.v${FORMAT}` : linkerCacheName);
  }
  const [fingerprintOf, known] = (meta.get(fingerprintKey) ?? '').split(' ');
  const stamp = { catalogVersion, codeVersion: site?.codeVersion ?? '' };
  if (path && fingerprintOf === catalogVersion && known) {
    const linker = readLinkerCache(path, stamp);
    if (linker) return { linker, catalogVersion, fingerprint: known, cached: true };
  }
  const catalog = await readCatalog(db);
  const fingerprint = createHash('sha256').update(JSON.stringify(catalog)).digest('hex').slice(0, 16);
  const linker = buildLinker(catalog);
  if (path && site) {
    try {
      mkdirSync(site.dir, { recursive: true });
    } catch {
      // writeLinkerCache fails quietly too: a cache that cannot be written is only a slower next start
    }
    writeLinkerCache(path, stamp, linker);
    if (fingerprintOf !== catalogVersion || known !== fingerprint)
      await setMeta(db, fingerprintKey, `${catalogVersion} ${fingerprint}`);
  }
  return { linker, catalogVersion, fingerprint, cached: false };
}
