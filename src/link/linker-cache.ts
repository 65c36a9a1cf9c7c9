import { readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Catalog } from '../catalog/catalog-schema.js';
import type { NameIndex } from '../names/name-types.js';
import { assembleTitleIndex } from '../titles/build-title-index.js';
import type { KeyTable } from '../titles/title-types.js';
import { type Linker, linkerOf, nameKeys, titleEntries } from './build-linker.js';
import { buildCatalogView } from './catalog-view.js';
import { type ArrayType, arrayTypeOf, type PackedArray, RecordReader, RecordWriter } from './record-file.js';

/**
 * What a cached linker was built from: the catalog's version (`meta.catalog_version`, bumped by every catalog
 * change) and the code's (the build's stamp: another build may index otherwise). Both must match to use it.
 */
export interface LinkerStamp {
  catalogVersion: string;
  codeVersion: string;
}

/** The layout of the file below (and the suffix of its name); another one is read as no cache. */
export const FORMAT = 11;

/**
 * The cache holds what is slow to build, in a form that is quick to read: the catalog, the name index and the
 * title key table (typed arrays). The catalog view, the name index's entry keys, the loose title index and the
 * network matcher are rebuilt from the catalog as it is read: that is quicker than reading back their hundreds of
 * thousands of maps and objects, and keeps one copy of each key.
 *
 * It is a file of records (see record-file.ts), read one at a time: the stamp; the parts' other fields and the
 * list of their arrays; each array's bytes; the catalog's networks, then its people and its shows in slices (the
 * whole catalog at once is a 30 MB record).
 */
interface Head extends LinkerStamp {
  format: number;
}
type Part = Record<string, unknown>;
interface Layout {
  /** Each part without its typed arrays, which follow in the order of `arrays`. */
  parts: Record<PartName, Part>;
  arrays: Array<{ part: PartName; key: string; type: ArrayType; count: number }>;
  /** The catalog's other fields; its people and shows come in this many slices. */
  catalog: Part;
  slices: { people: number; shows: number };
}
type PartName = 'names' | 'roman' | 'hangul' | 'literal' | 'titles';
const SLICE = { people: 10_000, shows: 2_000 };

/** The linker cached in `path` if it was built from this stamp, else null (none, another version, unreadable). */
export function readLinkerCache(path: string, stamp: LinkerStamp): Linker | null {
  let reader: RecordReader | null = null;
  try {
    reader = new RecordReader(path);
    const head = reader.value<Head>(4096);
    if (
      head?.format !== FORMAT ||
      head.catalogVersion !== stamp.catalogVersion ||
      head.codeVersion !== stamp.codeVersion
    )
      return null;
    const layout = reader.value<Layout>();
    const { parts } = layout;
    for (const a of layout.arrays) parts[a.part][a.key] = reader.array(a.type, a.count);
    const catalog = { ...layout.catalog, networks: reader.value(), people: [], shows: [] } as unknown as Catalog;
    for (const key of ['people', 'shows'] as const)
      for (let s = 0; s < layout.slices[key]; s++)
        for (const row of reader.value<Part[]>()) catalog[key].push(row as never);
    const names = {
      ...parts.names,
      roman: parts.roman,
      hangul: parts.hangul,
      literal: parts.literal,
    } as unknown as Omit<NameIndex, 'entities'> & { entities: number };
    const { shows, networks } = titleEntries(catalog);
    const view = buildCatalogView(catalog);
    const entities = nameKeys(view);
    if (entities.length !== names.entities) return null;
    const titles = assembleTitleIndex(shows, networks, parts.titles as unknown as KeyTable);
    return linkerOf({ catalog, view, names: { ...names, entities }, titles });
  } catch {
    return null;
  } finally {
    reader?.close();
  }
}

/** Writes the linker's indexes (see `Layout`) in one rename. */
export function writeLinkerCache(path: string, stamp: LinkerStamp, linker: Linker): void {
  const tmp = `${path}.${process.pid}.tmp`;
  let writer: RecordWriter | null = null;
  try {
    const { catalog } = linker;
    if (!catalog) throw new Error('a linker without its catalog is not cached');
    const { roman, hangul, literal, entities, ...names } = linker.names;
    const whole: Record<PartName, Part> = {
      names: { ...names, entities: entities.length },
      roman: { ...roman },
      hangul: { ...hangul },
      literal: { ...literal },
      titles: { ...linker.titles.table },
    };
    const layout: Layout = { parts: { ...whole }, arrays: [], catalog: {}, slices: { people: 0, shows: 0 } };
    const arrays: PackedArray[] = [];
    for (const [part, fields] of Object.entries(whole) as Array<[PartName, Part]>) {
      layout.parts[part] = {};
      for (const [key, value] of Object.entries(fields))
        if (ArrayBuffer.isView(value)) {
          const array = value as PackedArray;
          layout.arrays.push({ part, key, type: arrayTypeOf(array), count: array.length });
          arrays.push(array);
        } else layout.parts[part][key] = value;
    }
    const { networks, people, shows, ...rest } = catalog;
    layout.catalog = rest;
    layout.slices = { people: Math.ceil(people.length / SLICE.people), shows: Math.ceil(shows.length / SLICE.shows) };
    writer = new RecordWriter(tmp);
    writer.value({ ...stamp, format: FORMAT } satisfies Head);
    writer.value(layout);
    for (const array of arrays) writer.bytes(array);
    writer.value(networks);
    for (const [key, rows] of [['people', people] as const, ['shows', shows] as const])
      for (let s = 0; s < layout.slices[key]; s++) writer.value(rows.slice(s * SLICE[key], (s + 1) * SLICE[key]));
    writer.close();
    writer = null;
    renameSync(tmp, path);
    removeOtherFormats(path);
  } catch {
    writer?.close();
    rmSync(tmp, { force: true }); // a cache that cannot be written is only a slower next start
  }
}

/**
 * Removes the files an older (or newer) build's cache format left beside `path` (`NAME.vN` for another N), which no
 * build of this format reads again; other names are left alone.
 */
function removeOtherFormats(path: string): void {
  const suffix = `.v${FORMAT}`;
  if (!path.endsWith(suffix)) return;
  const stem = basename(path).slice(0, -suffix.length);
  for (const name of readdirSync(dirname(path)))
    if (name !== basename(path) && name.startsWith(`${stem}.v`) && /^\d+$/.test(name.slice(stem.length + 2)))
      rmSync(join(dirname(path), name), { force: true });
}
