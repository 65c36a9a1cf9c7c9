import type { DatedEpisode } from '../catalog/episode-dates.js';
import type { EpisodeRef, ShowFacts } from './spoiler-types.js';

function addDays(date: string, days: number): string {
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

/** The episode number an attributed reference points to for one show, given the publish date (or null). */
export function mapEpisodeRef(
  ref: EpisodeRef,
  show: ShowFacts,
  published: string | null,
  today: string,
): number | null {
  const at = published ?? today;
  if (typeof ref.episode === 'number') return Math.min(ref.episode, show.episodeCount);
  if (ref.episode === 'last') return show.episodeCount;
  const dated = show.episodes;
  if (!dated.length) return published ? null : show.episodeCount;
  if (ref.date) {
    const [month, day] = ref.date.split('-').map(Number);
    const year = Number(at.slice(0, 4));
    for (const y of [year, year - 1]) {
      const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (iso > addDays(at, 1)) continue;
      const onDay = dated.filter((e) => e.airDate === iso).map((e) => e.number);
      if (onDay.length) return Math.max(...onDay);
    }
    return latestAiredBy(dated, at);
  }
  if (ref.weekday !== undefined) {
    for (let back = 0; back < 7; back++) {
      const day = addDays(at, -back);
      if (new Date(`${day}T00:00:00Z`).getUTCDay() !== ref.weekday) continue;
      const onDay = dated.filter((e) => e.airDate === day).map((e) => e.number);
      if (onDay.length) return Math.max(...onDay);
    }
    return latestAiredBy(dated, at);
  }
  return latestAiredBy(dated, at);
}
