import type { Mention } from '../analyze/analysis-types.js';
import type { Catalog } from '../catalog/catalog-schema.js';
import { buildNameIndex } from '../names/build-name-index.js';
import type { NameEntry, NameIndex } from '../names/name-types.js';
import { buildTitleIndex } from '../titles/build-title-index.js';
import type { TitleIndex } from '../titles/title-types.js';
import { buildCatalogView, type CatalogView } from './catalog-view.js';
import { linkText } from './link-text.js';

/** The catalog's name and title indexes, built once per catalog version and shared by every analysis. */
export interface Linker {
  /** The catalog it was built from (the analysis pool's workers build their own linker from it). */
  catalog?: Catalog;
  view: CatalogView;
  names: NameIndex;
  titles: TitleIndex;
  link(text: string): Mention[];
}

const hangulRe = /[\uac00-\ud7a3]/;

export function buildLinker(catalog: Catalog): Linker {
  const view = buildCatalogView(catalog);
  const entries: NameEntry[] = catalog.people.map((p) => ({
    key: p.id,
    kind: 'person',
    hangul: p.hangul,
    names: [p.name],
    aliases: p.aliases ?? [],
  }));
  for (const c of view.characters.values())
    entries.push({
      key: c.key,
      kind: 'character',
      hangul: c.hangul,
      names: [c.name],
      aliases: hangulRe.test(c.name) ? [c.name] : [],
    });
  const names = buildNameIndex(entries);
  const titles = buildTitleIndex(
    catalog.shows.map((s) => ({
      showId: s.id,
      title: s.title,
      aliases: s.aliases ?? [],
      hangul: s.hangul,
      networkId: s.network,
    })),
    catalog.networks.map((n) => ({ id: n.id, name: n.name, hangul: n.hangul, aliases: n.aliases ?? [] })),
  );
  return linkerOf({ catalog, view, names, titles });
}

/** A linker from its built indexes (fresh from `buildLinker`, or read back from the linker cache). */
export function linkerOf(parts: Omit<Linker, 'link'>): Linker {
  const { view, names, titles } = parts;
  return { ...parts, link: (text) => linkText(text, { view, names, titles }) };
}
