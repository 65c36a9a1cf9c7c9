import { existsSync, readFileSync } from 'node:fs';
import type { Config } from '../config/load-config.js';
import { FORMAT } from '../link/linker-cache.js';

/** The cached linker's file, beside the catalog in the embedded database's directory. */
export const linkerCacheName = `haebang-linker.v${FORMAT}`;

/**
 * Where a database's linker is cached: on the embedded database in its own directory (one file, the catalog beside
 * it); on PostgreSQL in the cache directory, one file per database (named by the database's random id, kept in its
 * meta table, so a database dropped and made again never reads the old one's linker). `codeVersion` is the build's.
 */
export interface LinkerCacheSite {
  dir: string;
  perDatabase: boolean;
  codeVersion: string;
}

/** The compiled build's stamp (dist/.build-stamp); null when running from the TypeScript, which caches nothing. */
export function codeVersion(): string | null {
  const stamp = new URL('../.build-stamp', import.meta.url);
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
}

/** The cache's place for this configuration, or null: no build stamp, or an in-memory database. */
export function linkerCacheSite(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'cacheDir'>,
  code = codeVersion(),
): LinkerCacheSite | null {
  if (!code) return null;
  if (config.databaseUrl) return { dir: config.cacheDir, perDatabase: true, codeVersion: code };
  if (config.dataDir.startsWith('memory://')) return null;
  return { dir: config.dataDir, perDatabase: false, codeVersion: code };
}
