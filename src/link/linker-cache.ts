import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Catalog } from '../catalog/catalog-schema.js';
import type { NameIndex } from '../names/name-types.js';
import { assembleTitleIndex } from '../titles/build-title-index.js';
import type { KeyTable } from '../titles/title-types.js';
import { type Linker, linkerOf, nameKeys, titleEntries } from './build-linker.js';
import { buildCatalogView } from './catalog-view.js';

/**
 * What a cached linker was built from: the catalog's version (`meta.catalog_version`, bumped by every catalog
 * change) and the code's (the build's stamp: another build may index otherwise). Both must match to use it.
 */
export interface LinkerStamp {
  catalogVersion: string;
  codeVersion: string;
}

/** The layout of the file below (and the suffix of its name); another one is read as no cache. */
export const FORMAT = 10;

/**
 * The cache holds what is slow to build, in a form that is quick to read: the catalog, the name index and the
 * title key table (typed arrays). The catalog view, the name index's entry keys, the
 * loose title index and the network matcher are rebuilt from the catalog as it is read: that is quicker than
 * reading back their hundreds of thousands of maps and objects, and keeps one copy of each key.
 */
interface CacheFile extends LinkerStamp {
  format: number;
  catalog: Catalog;
  /** The entities are left out: they are the catalog view's people and characters (see `nameKeys`), so many. */
  names: Omit<NameIndex, 'entities'> & { entities: number };
  titles: KeyTable;
}

/** The linker cached in `path` if it was built from this stamp, else null (none, another version, unreadable). */
export function readLinkerCache(path: string, stamp: LinkerStamp): Linker | null {
  let file: CacheFile;
  try {
    file = deserialize(readFileSync(path)) as CacheFile;
  } catch {
    return null;
  }
  if (file?.format !== FORMAT || file.catalogVersion !== stamp.catalogVersion || file.codeVersion !== stamp.codeVersion)
    return null;
  const { catalog, names, titles: t } = file;
  for (const part of [names, names.roman, names.hangul, names.literal, t]) ownArrays(part);
  const { shows, networks } = titleEntries(catalog);
  const view = buildCatalogView(catalog);
  const entities = nameKeys(view);
  if (entities.length !== names.entities) return null;
  return linkerOf({ catalog, view, names: { ...names, entities }, titles: assembleTitleIndex(shows, networks, t) });
}

/**
 * Node's deserialiser gives typed arrays as views into the file's buffer; copies let that buffer go (at 200,000
 * people the file is 100 MB, the arrays 45).
 */
function ownArrays(part: object): void {
  const record = part as Record<string, unknown>;
  for (const [key, value] of Object.entries(record))
    if (ArrayBuffer.isView(value) && 'slice' in value) record[key] = (value as Uint8Array).slice();
}

/** Writes the linker's indexes (see `CacheFile`) in one rename. */
export function writeLinkerCache(path: string, stamp: LinkerStamp, linker: Linker): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    if (!linker.catalog) throw new Error('a linker without its catalog is not cached');
    const file: CacheFile = {
      ...stamp,
      format: FORMAT,
      catalog: linker.catalog,
      names: { ...linker.names, entities: linker.names.entities.length },
      titles: linker.titles.table,
    };
    writeFileSync(tmp, serialize(file));
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // a cache that cannot be written is only a slower next start
  }
}
