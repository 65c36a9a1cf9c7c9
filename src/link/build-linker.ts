import type { Mention } from '../analyze/analysis-types.js';
import type { Catalog } from '../catalog/catalog-schema.js';
import { buildNameIndex } from '../names/build-name-index.js';
import type { NameEntry, NameIndex } from '../names/name-types.js';
import { buildTitleIndex } from '../titles/build-title-index.js';
import type { NetworkEntry, TitleEntry, TitleIndex } from '../titles/title-types.js';
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
  const names = buildNameIndex(nameEntries(view));
  const { shows, networks } = titleEntries(catalog);
  return linkerOf({ catalog, view, names, titles: buildTitleIndex(shows, networks) });
}

/** The people and characters of a catalog, as the name index takes them (one at a time: 400,000 at a time is
 * 60 MB more at the build's peak). */
function* nameEntries(view: CatalogView): Generator<NameEntry> {
  for (const p of view.catalog.people)
    yield { key: p.id, kind: 'person', hangul: p.hangul, names: [p.name], aliases: p.aliases ?? [] };
  for (const c of view.characters.values())
    yield {
      key: c.key,
      kind: 'character',
      hangul: c.hangul,
      names: [c.name],
      aliases: hangulRe.test(c.name) ? [c.name] : [],
    };
}

/** The keys of `nameEntries`, in its order: the name index's entities, rebuilt from the view. */
export function nameKeys(view: CatalogView): string[] {
  return [...view.catalog.people.map((p) => p.id), ...view.characters.keys()];
}

/** The shows and networks of a catalog, as the title index takes them. */
export function titleEntries(catalog: Catalog): { shows: TitleEntry[]; networks: NetworkEntry[] } {
  return {
    shows: catalog.shows.map((s) => ({
      showId: s.id,
      title: s.title,
      aliases: s.aliases ?? [],
      hangul: s.hangul,
      networkId: s.network,
    })),
    networks: catalog.networks.map((n) => ({ id: n.id, name: n.name, hangul: n.hangul, aliases: n.aliases ?? [] })),
  };
}

/** A linker from its built indexes (fresh from `buildLinker`, or read back from the linker cache). */
export function linkerOf(parts: Omit<Linker, 'link'>): Linker {
  const { view, names, titles } = parts;
  return { ...parts, link: (text) => linkText(text, { view, names, titles }) };
}
