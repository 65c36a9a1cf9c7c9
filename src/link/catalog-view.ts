import type { Catalog, CrewRole, Network, Person, Show } from '../catalog/catalog-schema.js';
import { type DatedEpisode, resolveEpisodeDates } from '../catalog/episode-dates.js';
import { CharacterTable } from './character-table.js';

export { type CharacterView, characterKey } from './character-table.js';

/** The catalog with the lookups the linker and the spoiler rules need, built once per catalog version. */
export interface CatalogView {
  catalog: Catalog;
  shows: Map<string, Show>;
  people: Map<string, Person>;
  networks: Map<string, Network>;
  characters: CharacterTable;
  episodes: Map<string, DatedEpisode[]>;
  /** The shows a person is in the cast or the crew of. */
  showsOfPerson: Map<string, string[]>;
  /** The crew roles a person has held, on any show ("director", "writer", "creator"). */
  crewRoles: Map<string, Set<CrewRole>>;
  showsOfNetwork: Map<string, string[]>;
}

export function buildCatalogView(catalog: Catalog): CatalogView {
  const view: CatalogView = {
    catalog,
    shows: new Map(catalog.shows.map((s) => [s.id, s])),
    people: new Map(catalog.people.map((p) => [p.id, p])),
    networks: new Map(catalog.networks.map((n) => [n.id, n])),
    characters: new CharacterTable(catalog.shows),
    episodes: new Map(),
    showsOfPerson: new Map(),
    crewRoles: new Map(),
    showsOfNetwork: new Map(),
  };
  // Each show is visited once, so a show already listed under a key is the last one listed (no scan of the list:
  // a network's list holds thousands of shows).
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  };
  for (const show of catalog.shows) {
    view.episodes.set(show.id, resolveEpisodeDates(show));
    push(view.showsOfNetwork, show.network, show.id);
    for (const c of show.crew ?? []) {
      push(view.showsOfPerson, c.person, show.id);
      const roles = view.crewRoles.get(c.person) ?? new Set<CrewRole>();
      roles.add(c.role);
      view.crewRoles.set(c.person, roles);
    }
    for (const c of show.cast ?? []) push(view.showsOfPerson, c.person, show.id);
  }
  // A list grown by push keeps room for 16 more: 100,000 people in two shows or more are 11 MB of it.
  for (const map of [view.showsOfPerson, view.showsOfNetwork])
    for (const [key, list] of map) if (list.length > 1) map.set(key, list.slice());
  return view;
}
