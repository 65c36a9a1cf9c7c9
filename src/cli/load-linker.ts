import { join } from 'node:path';
import { linkerCacheName, linkerCacheSite } from '../catalog/linker-cache-site.js';
import type { Config } from '../config/load-config.js';
import type { Linker } from '../link/build-linker.js';
import { readLinkerCache } from '../link/linker-cache.js';
import { closedCatalogVersion } from '../store/owner-lock.js';

export { linkerCacheName };

/**
 * The catalog's linker for a command, from the linker cache (src/catalog/catalog-linker.ts). On the embedded
 * database, when it was closed cleanly at the cache's catalog version and no process holds it, the cache is used
 * without starting the database at all; otherwise the database says the version, and the linker is built (and
 * cached) only when the cache was built from another one.
 */
export async function loadLinker(config: Config): Promise<Linker> {
  const site = linkerCacheSite(config);
  if (site && !site.perDatabase) {
    const closed = closedCatalogVersion(config.dataDir);
    const cached = closed
      ? readLinkerCache(join(site.dir, linkerCacheName), { catalogVersion: closed, codeVersion: site.codeVersion })
      : null;
    if (cached) return cached;
  }
  // Loaded only here: the database's modules are most of a start-up that the cache spares.
  const [{ withDatabase }, { catalogLinker }] = await Promise.all([
    import('./cli-context.js'),
    import('../catalog/catalog-linker.js'),
  ]);
  return withDatabase(config, async (d) => (await catalogLinker(d.db, site)).linker);
}
