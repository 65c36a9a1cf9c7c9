import type { SyncedPerson, SyncedShow } from './synced-show.js';
import { hangulRe } from './synced-show.js';
import type { TmdbPerson, TmdbSeason, TmdbShow } from './tmdb-schemas.js';
import { type TimedEpisode, tmdbSplitBroadcast } from './tmdb-split-broadcast.js';

/** Titles in Latin letters or Hangul (alternative titles also come in Chinese, Japanese, Thai, ...). */
const readableScript = /^[\p{Script=Latin}\p{Script=Hangul}\p{N}\p{P}\p{Zs}]+$/u;
const isoDate = (d: string | null | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);

/**
 * Maps TMDB's series details (with alternative titles and aggregate credits), its seasons and the people fetched for
 * it into a synced show. Episodes are numbered straight through the regular seasons (specials, season 0, are left
 * out); episodes without an air date are left out; cast is kept in TMDB's order, up to `castLimit`.
 */
export function mapTmdbShow(
  show: TmdbShow,
  seasons: TmdbSeason[],
  people: ReadonlyMap<number, TmdbPerson>,
  castLimit = 12,
): SyncedShow {
  const episodes: SyncedShow['episodes'] = [];
  const timed: TimedEpisode[] = [];
  let number = 0;
  for (const season of [...seasons]
    .filter((s) => s.season_number > 0)
    .sort((a, b) => a.season_number - b.season_number))
    for (const e of [...season.episodes].sort((a, b) => a.episode_number - b.episode_number)) {
      number++;
      const airDate = isoDate(e.air_date);
      if (airDate) {
        episodes.push({ number, airDate });
        timed.push({ airDate, runtime: e.runtime });
      }
    }
  const hangul = hangulRe.test(show.original_name) ? show.original_name.trim() : null;
  const titles = new Set([show.name.trim(), show.original_name.trim()]);
  const aliases: string[] = [];
  for (const t of show.alternative_titles?.results ?? []) {
    const title = t.title.trim();
    if (title && !titles.has(title) && readableScript.test(title)) {
      titles.add(title);
      aliases.push(title);
    }
  }
  const cast = [...(show.aggregate_credits?.cast ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .slice(0, castLimit)
    .map((c) => {
      const character = c.roles.map((r) => r.character?.trim()).find((r) => !!r) ?? null;
      return { person: toPerson(c, people.get(c.id)), character, characterHangul: null };
    });
  const network = show.networks[0];
  const crew = tmdbCrew(show).map(({ credit, role }) => ({ person: toPerson(credit, people.get(credit.id)), role }));
  return {
    source: 'tmdb',
    sourceId: show.id,
    title: show.name.trim(),
    hangul,
    aliases,
    network: network ? { sourceId: network.id, name: network.name.trim(), hangul: null } : null,
    episodeCount: Math.max(show.number_of_episodes ?? 0, number) || null,
    episodes,
    firstAirDate: isoDate(show.first_air_date),
    lastAirDate: isoDate(show.last_air_date),
    cast,
    crew,
    ...splitOf(timed, number, episodes.length),
  };
}

/** The show's split broadcast when TMDB's episodes are its parts (every episode dated, see tmdbSplitBroadcast). */
function splitOf(timed: TimedEpisode[], listed: number, dated: number): Pick<SyncedShow, 'splitBroadcast'> {
  const split = listed === dated ? tmdbSplitBroadcast(timed) : undefined;
  return split ? { splitBroadcast: split } : {};
}

/** TMDB jobs that make someone a show's director or writer; its `created_by` are its creators. */
const roleOfJob: Record<string, 'director' | 'writer'> = {
  Director: 'director',
  'Series Director': 'director',
  Writer: 'writer',
  Screenplay: 'writer',
  Teleplay: 'writer',
  'Series Writer': 'writer',
};

/** The directors, writers and creators of a TMDB show, each role once per person, at most `limit` in all. */
export function tmdbCrew(show: TmdbShow, limit = 8) {
  const out: Array<{
    credit: { id: number; name: string; original_name?: string };
    role: 'director' | 'writer' | 'creator';
  }> = [];
  const seen = new Set<string>();
  const add = (
    credit: { id: number; name: string; original_name?: string },
    role: 'director' | 'writer' | 'creator',
  ) => {
    if (out.length < limit && !seen.has(`${credit.id} ${role}`)) {
      seen.add(`${credit.id} ${role}`);
      out.push({ credit, role });
    }
  };
  for (const c of show.created_by ?? []) add(c, 'creator');
  for (const c of show.aggregate_credits?.crew ?? [])
    for (const j of c.jobs) {
      const role = roleOfJob[j.job];
      if (role) add(c, role);
    }
  return out;
}

function toPerson(credit: { id: number; name: string; original_name?: string }, person?: TmdbPerson): SyncedPerson {
  const names = [credit.original_name ?? '', ...(person?.also_known_as ?? [])].map((n) => n.trim());
  const hangul = names.find((n) => hangulRe.test(n) && !/[A-Za-z]/.test(n)) ?? null;
  const name = (person?.name ?? credit.name).trim();
  const aliases = [...new Set(names.filter((n) => n && n !== name && n !== hangul && !hangulRe.test(n)))].filter((n) =>
    /^[\p{Script=Latin}\s.'-]+$/u.test(n),
  );
  return { sourceId: credit.id, name, hangul, aliases };
}
