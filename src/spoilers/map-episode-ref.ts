import type { DatedEpisode } from '../catalog/episode-dates.js';
import type { EpisodeRef, ShowFacts } from './spoiler-types.js';

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last episode aired on or before a KST date (articles are dated on or after the KST air date they discuss). */
export function latestAiredBy(episodes: DatedEpisode[], date: string): number | null {
  let best: number | null = null;
  for (const e of episodes) if (e.airDate <= date) best = Math.max(best ?? 0, e.number);
  return best;
}

/**
 * The last episode of a show aired by a KST date. A catalog that dates only some episodes cannot say: after the
 * last air date it is the whole run, before it the later reading (the whole run) is the safe one.
 */
export function airedBy(show: ShowFacts, date: string): number | null {
  if (show.lastAirDate && date >= show.lastAirDate) return show.episodeCount;
  const latest = latestAiredBy(show.episodes, date);
  if (latest === null) return null;
  const complete = show.episodes.length >= show.episodeCount;
  return complete || latest < show.episodes.length ? latest : show.episodeCount;
}

/** The show's release days, in order, each with the episodes released that day (a night of two parts, a batch). */
export function releaseDays(show: ShowFacts): Array<{ date: string; episodes: number[] }> {
  const days = new Map<string, number[]>();
  for (const e of show.episodes) days.set(e.airDate, [...(days.get(e.airDate) ?? []), e.number]);
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, episodes]) => ({ date, episodes }));
}

/**
 * Catalog episodes per broadcast night: the catalog's fact when it has one (a catalog that counts streamed episodes
 * has one a night), else a guess from the air dates (two parts a night, most nights).
 */
export function partsPerNight(show: ShowFacts): number {
  const split = show.splitBroadcast;
  if (split) return split.catalogNumbering === 'broadcast' ? split.partsPerEpisode : 1;
  const days = releaseDays(show);
  if (days.length < 4) return 1;
  const pairs = days.filter((d) => d.episodes.length === 2).length;
  return pairs >= days.length * 0.75 ? 2 : 1;
}

/** What the text's own dates tell about one show: the episode being discussed and the one being promoted. */
export interface RefContext {
  published: string | null;
  /** The highest episode referred to so far (explicit or dated), for "이날 방송" and plot with no number. */
  current: number | null;
  /** The next episode the text promotes ("the next episode airs on May 21", "오늘 19회"), if any. */
  upcoming: number | null;
}

function dayEpisodes(show: ShowFacts, iso: string): number[] {
  return show.episodes.filter((e) => e.airDate === iso).map((e) => e.number);
}

/** A date without a year (or without a month) placed inside the show's run, nearest the publish date. */
function resolveDate(ref: EpisodeRef, show: ShowFacts, published: string | null): number | null {
  const parts = ref.date!.split('-');
  const candidates: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (parts[0] === 'day') {
    const day = Number(parts[1]);
    if (published) {
      for (const back of [0, 1]) {
        const d = new Date(`${published.slice(0, 7)}-01T00:00:00Z`);
        d.setUTCMonth(d.getUTCMonth() - back);
        candidates.push(`${d.toISOString().slice(0, 8)}${pad(day)}`);
      }
    } else for (const e of show.episodes) if (Number(e.airDate.slice(8)) === day) candidates.push(e.airDate);
  } else {
    const [y, m, d] = parts.length === 3 ? parts.map(Number) : [null, ...parts.map(Number)];
    const years = y ? [y] : [...new Set(show.episodes.map((e) => Number(e.airDate.slice(0, 4))))];
    for (const year of years) candidates.push(`${year}-${pad(m!)}-${pad(d!)}`);
  }
  const limit = published ? addDays(published, 1) : '9999';
  const hits = candidates
    .filter((c) => c <= limit)
    .flatMap((c) => dayEpisodes(show, c))
    .sort((a, b) => a - b);
  return hits.length ? hits[hits.length - 1] : null;
}

/**
 * The highest catalog episode a number written by an outlet can mean. A 회/화 number is the broadcaster's (a part,
 * on a show broadcast in parts); an English "Episode 7" of such a show may be a part or a streamed episode (parts
 * 13-14), and the later reading is taken.
 */
export function readNumber(n: number, korean: boolean, show: ShowFacts): number {
  const split = show.splitBroadcast;
  // On a catalog of streamed episodes, a number past the last episode can only be a part.
  if (split?.catalogNumbering === 'streamed')
    return Math.min(korean || n > show.episodeCount ? Math.ceil(n / split.partsPerEpisode) : n, show.episodeCount);
  // On a catalog of parts, a number past the last streamed episode can only be a part.
  if (split) {
    const streamed = Math.ceil(show.episodeCount / split.partsPerEpisode);
    return Math.min(korean || n > streamed ? n : n * split.partsPerEpisode, show.episodeCount);
  }
  const parts = partsPerNight(show);
  if (korean || parts === 1) return Math.min(n, show.episodeCount);
  const nights = releaseDays(show);
  const night = nights[n - 1];
  // "Episode 7" of a two-part broadcast is night 7 (parts 13-14) on a streaming site, part 7 on the broadcaster's:
  // the later reading is the safe one.
  return Math.min(Math.max(n, night ? Math.max(...night.episodes) : n), show.episodeCount);
}

/** True when an outlet's number has two readings for this show (a part, or a streamed episode of two parts). */
export function numberingUnclear(ref: EpisodeRef, show: ShowFacts): boolean {
  const n = ref.episode;
  if (typeof n !== 'number' || ref.korean) return false;
  const split = show.splitBroadcast;
  if (!split) return readNumber(n, false, show) !== Math.min(n, show.episodeCount);
  const parts = split.partsPerEpisode;
  const streamed = split.catalogNumbering === 'streamed';
  // Both readings in the catalog's numbering, each only when the show has that many parts or episodes.
  const episodes = streamed ? show.episodeCount : Math.ceil(show.episodeCount / parts);
  const asPart = n <= (streamed ? episodes * parts : show.episodeCount) ? (streamed ? Math.ceil(n / parts) : n) : null;
  const asEpisode = n <= episodes ? (streamed ? n : Math.min(n * parts, show.episodeCount)) : null;
  return asPart !== null && asEpisode !== null && asPart !== asEpisode;
}

/** The earlier reading of a number with two readings on a show broadcast in parts (the part), else null. */
export function earlierReading(ref: EpisodeRef, show: ShowFacts): number | null {
  const n = ref.episode;
  if (typeof n !== 'number' || !numberingUnclear(ref, show)) return null;
  const split = show.splitBroadcast;
  if (!split) return Math.min(n, show.episodeCount);
  return split.catalogNumbering === 'streamed' ? Math.ceil(n / split.partsPerEpisode) : n;
}

/** The catalog episode a reference points to for one show, or null when the text does not say. */
export function mapEpisodeRef(ref: EpisodeRef, show: ShowFacts, ctx: RefContext, today: string): number | null {
  const at = ctx.published ?? today;
  if (typeof ref.episode === 'number') {
    const n = readNumber(ref.episode, !!ref.korean, show);
    if (ref.night) {
      const first = show.episodes.find((e) => e.number === n);
      return first ? Math.max(n, ...dayEpisodes(show, first.airDate)) : n;
    }
    return n;
  }
  if (ref.episode === 'last') return show.episodeCount;
  if (ref.episode === 'batch') {
    const days = releaseDays(show).filter((d) => d.episodes.length > 1);
    const batch = days[ref.batch! - 1];
    return batch ? Math.max(...batch.episodes) : show.episodeCount;
  }
  if (ref.remaining !== undefined) return Math.max(show.episodeCount - ref.remaining, 0) || null;
  if (ref.episode === 'context') return ctx.current;
  if (ref.episode === 'previous') {
    if (ctx.upcoming) {
      const next = show.episodes.find((e) => e.number === ctx.upcoming);
      if (next) return latestAiredBy(show.episodes, addDays(next.airDate, -1)) ?? ctx.upcoming - 1;
      return ctx.upcoming - 1;
    }
    return ctx.published ? airedBy(show, ctx.published) : ctx.current;
  }
  if (!show.episodes.length) return ctx.published ? null : show.episodeCount;
  if (ref.date) return resolveDate(ref, show, ctx.published);
  if (ref.dayOffset !== undefined) {
    if (!ctx.published) return null;
    return dayEpisodes(show, addDays(ctx.published, ref.dayOffset)).pop() ?? null;
  }
  if (!ctx.published) return null;
  if (ref.weekday !== undefined) {
    for (let back = 0; back < 7; back++) {
      const day = addDays(at, -back);
      if (new Date(`${day}T00:00:00Z`).getUTCDay() !== ref.weekday) continue;
      const onDay = dayEpisodes(show, day);
      if (onDay.length) return Math.max(...onDay);
    }
  }
  return airedBy(show, at);
}
