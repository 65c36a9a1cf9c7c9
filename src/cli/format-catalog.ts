import type { Catalog, Person, Show, SourceIds } from '../catalog/catalog-schema.js';
import { resolveEpisodeDates } from '../catalog/episode-dates.js';
import { countOf } from '../i18n/count-of.js';
import type { Provenance } from '../store/db-types.js';

/** Readable text for `catalog show`. */
export function formatShow(show: Show, catalog: Catalog, sources: Provenance = {}): string {
  const network = catalog.networks.find((n) => n.id === show.network)?.name ?? show.network;
  const people = new Map(catalog.people.map((p) => [p.id, p]));
  const episodes = resolveEpisodeDates(show);
  const lines = [
    `${show.title} (${show.hangul})  [${show.id}]`,
    show.aliases?.length ? `also: ${show.aliases.join('; ')}` : null,
    `${network}, ${countOf(show.episodeCount, 'episode')}${show.firstAirDate ? `, ${show.firstAirDate} to ${show.lastAirDate ?? '?'}` : ''}${show.schedule?.length ? ` (${show.schedule.join('/')})` : ''}`,
    show.cast?.length ? 'cast:' : null,
    ...(show.cast ?? []).map((c) => {
      const p = people.get(c.person);
      return `  ${p?.name ?? c.person} (${p?.hangul ?? ''}) as ${c.character}${c.characterHangul ? ` (${c.characterHangul})` : ''}`;
    }),
    episodes.length ? 'episodes:' : null,
    ...episodes.map(
      (e) => `  ${String(e.number).padStart(2)}  ${e.airDate}${e.rating !== undefined ? `  ${e.rating}%` : ''}`,
    ),
    ...formatSources(show.ids, sources),
  ];
  return lines.filter((l) => l !== null).join('\n');
}

export function formatPerson(person: Person, catalog: Catalog, sources: Provenance = {}): string {
  const roles = catalog.shows.flatMap((s) =>
    (s.cast ?? []).filter((c) => c.person === person.id).map((c) => `  ${s.title} as ${c.character}`),
  );
  return [
    `${person.name} (${person.hangul})  [${person.id}]`,
    person.aliases?.length ? `also: ${person.aliases.join('; ')}` : null,
    roles.length ? 'roles:' : null,
    ...roles,
    ...formatSources(person.ids, sources),
  ]
    .filter((l) => l !== null)
    .join('\n');
}

/** Where each field came from ("title file, episodes tmdb, ...") and the entry's ids in the sync sources. */
function formatSources(ids: SourceIds | undefined, sources: Provenance): string[] {
  const bySource = new Map<string, string[]>();
  for (const [field, source] of Object.entries(sources)) bySource.set(source, [...(bySource.get(source) ?? []), field]);
  const lines = [...bySource].map(([source, fields]) => `  ${source.padEnd(9)} ${fields.join(', ')}`);
  const idText = [ids?.tmdb && `tmdb ${ids.tmdb}`, ids?.wikidata && `wikidata ${ids.wikidata}`].filter(Boolean);
  return [...(lines.length ? ['sources:', ...lines] : []), ...(idText.length ? [`ids: ${idText.join(', ')}`] : [])];
}
