import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/load-config.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { readLinkerCache, writeLinkerCache } from '../link/linker-cache.js';
import { closedCatalogVersion } from '../store/owner-lock.js';

/** The cached linker's file, beside the catalog in the embedded database's directory. */
export const linkerCacheName = 'haebang-linker.v8';

/** The compiled build's stamp (dist/.build-stamp); null when running from the TypeScript, which caches nothing. */
function codeVersion(): string | null {
  const stamp = new URL('../.build-stamp', import.meta.url);
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
}

/**
 * The catalog's linker for a command. On the embedded database it is kept in a cache beside the catalog, stamped
 * with the catalog's version: when the database was closed cleanly at that version and no process holds it, the
 * cache is used without starting the database at all; otherwise the database says the version, and the linker is
 * built (and cached) only when the cache was built from another one.
 */
export async function loadLinker(config: Config): Promise<Linker> {
  const code = codeVersion();
  const path =
    !config.databaseUrl && code && !config.dataDir.startsWith('memory://')
      ? join(config.dataDir, linkerCacheName)
      : null;
  if (path && code) {
    const closed = closedCatalogVersion(config.dataDir);
    const cached = closed ? readLinkerCache(path, { catalogVersion: closed, codeVersion: code }) : null;
    if (cached) return cached;
  }
  // Loaded only here: the database's modules are most of a start-up that the cache spares.
  const [{ withDatabase }, { readCatalog }, { getMeta }] = await Promise.all([
    import('./cli-context.js'),
    import('../store/catalog-repository.js'),
    import('../store/meta-repository.js'),
  ]);
  return withDatabase(config, async (d) => {
    // The version first: a catalog changed meanwhile is then cached under the older version, and so rebuilt next time.
    const catalogVersion = (await getMeta(d.db, 'catalog_version')) ?? '0';
    const stamp = { catalogVersion, codeVersion: code ?? '' };
    const cached = path ? readLinkerCache(path, stamp) : null;
    if (cached) return cached;
    const linker = buildLinker(await readCatalog(d.db));
    if (path) writeLinkerCache(path, stamp, linker);
    return linker;
  });
}
