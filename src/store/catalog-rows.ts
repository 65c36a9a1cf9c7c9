import type { Catalog, Network, Person, Show, SourceIds } from '../catalog/catalog-schema.js';

/** Converts between catalog entries and their table rows; one canonical JSON per entry decides "changed". */

export function searchTextOf(...parts: Array<string | string[] | null | undefined>): string {
  return parts
    .flat()
    .filter((p): p is string => !!p)
    .join(' | ');
}

/** Lists that are empty are left out, so a file without them and the stored entry compare equal. */
const list = <K extends string, T>(key: K, value: T[] | undefined) =>
  (value?.length ? { [key]: value } : {}) as { [P in K]?: T[] };

/** Source ids in a fixed key order, left out when there are none. */
export function canonicalIds(ids: SourceIds | null | undefined): { ids?: SourceIds } {
  const out: SourceIds = {};
  if (ids?.tmdb !== undefined) out.tmdb = ids.tmdb;
  if (ids?.wikidata !== undefined) out.wikidata = ids.wikidata;
  return Object.keys(out).length ? { ids: out } : {};
}

export function canonicalNetwork(n: Network): Network {
  return {
    id: n.id,
    ...canonicalIds(n.ids),
    name: n.name,
    ...(n.hangul ? { hangul: n.hangul } : {}),
    ...list('aliases', n.aliases),
  };
}

export function canonicalPerson(p: Person): Person {
  return { id: p.id, ...canonicalIds(p.ids), name: p.name, hangul: p.hangul, ...list('aliases', p.aliases) };
}

export function canonicalShow(s: Show): Show {
  return {
    id: s.id,
    ...canonicalIds(s.ids),
    title: s.title,
    hangul: s.hangul,
    ...list('aliases', s.aliases),
    network: s.network,
    episodeCount: s.episodeCount,
    ...list(
      'episodes',
      [...(s.episodes ?? [])]
        .sort((a, b) => a.number - b.number)
        .map((e) => ({
          number: e.number,
          airDate: e.airDate,
          ...(e.rating !== undefined ? { rating: e.rating } : {}),
        })),
    ),
    ...(s.firstAirDate ? { firstAirDate: s.firstAirDate } : {}),
    ...(s.lastAirDate ? { lastAirDate: s.lastAirDate } : {}),
    ...list('schedule', s.schedule),
    ...(s.splitBroadcast
      ? {
          splitBroadcast: {
            partsPerEpisode: s.splitBroadcast.partsPerEpisode,
            catalogNumbering: s.splitBroadcast.catalogNumbering,
          },
        }
      : {}),
    ...list(
      'cast',
      (s.cast ?? []).map((c) => ({
        person: c.person,
        character: c.character,
        ...(c.characterHangul ? { characterHangul: c.characterHangul } : {}),
      })),
    ),
    ...list(
      'crew',
      (s.crew ?? []).map((c) => ({ person: c.person, role: c.role })),
    ),
  };
}

export function canonicalCatalog(c: Catalog): Catalog {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    networks: c.networks.map(canonicalNetwork).sort(byId),
    people: c.people.map(canonicalPerson).sort(byId),
    shows: c.shows.map(canonicalShow).sort(byId),
  };
}

export function sameEntry(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
