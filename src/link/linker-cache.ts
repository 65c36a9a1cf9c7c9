import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { type Linker, linkerOf } from './build-linker.js';

/**
 * What a cached linker was built from: the catalog's version (`meta.catalog_version`, bumped by every catalog
 * change) and the code's (the build's stamp: another build may index otherwise). Both must match to use it.
 */
export interface LinkerStamp {
  catalogVersion: string;
  codeVersion: string;
}

interface CacheFile extends LinkerStamp {
  linker: Omit<Linker, 'link'>;
}

/** The linker cached in `path` if it was built from this stamp, else null (none, another version, unreadable). */
export function readLinkerCache(path: string, stamp: LinkerStamp): Linker | null {
  let file: CacheFile;
  try {
    file = deserialize(readFileSync(path)) as CacheFile;
  } catch {
    return null;
  }
  if (file?.catalogVersion !== stamp.catalogVersion || file.codeVersion !== stamp.codeVersion) return null;
  return linkerOf(file.linker);
}

/** Writes the linker's indexes (v8's serialisation keeps the maps, typed arrays and shared objects) in one rename. */
export function writeLinkerCache(path: string, stamp: LinkerStamp, linker: Linker): void {
  const { link: _link, ...parts } = linker;
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, serialize({ ...stamp, linker: parts } satisfies CacheFile));
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // a cache that cannot be written is only a slower next start
  }
}
