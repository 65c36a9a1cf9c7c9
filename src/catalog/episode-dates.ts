import type { Show, Weekday } from './catalog-schema.js';

export interface DatedEpisode {
  number: number;
  /** KST calendar date, YYYY-MM-DD. */
  airDate: string;
  rating?: number;
}

const weekdays: Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
  return weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/**
 * Episode numbers with their air dates: explicit episodes win; the rest are derived from `firstAirDate` and the
 * weekly `schedule` (one episode per scheduled day, no breaks). Episodes whose date cannot be known are left out.
 */
export function resolveEpisodeDates(
  show: Pick<Show, 'episodeCount' | 'episodes' | 'firstAirDate' | 'schedule' | 'splitBroadcast'>,
): DatedEpisode[] {
  const byNumber = new Map<number, DatedEpisode>();
  // A catalog that counts broadcast parts has that many parts on each scheduled day.
  const perDay = show.splitBroadcast?.catalogNumbering === 'broadcast' ? show.splitBroadcast.partsPerEpisode : 1;
  if (show.firstAirDate && show.schedule?.length) {
    const days = new Set(show.schedule);
    let date = show.firstAirDate;
    for (let n = 1; n <= show.episodeCount; date = addDays(date, 1)) {
      if (days.has(weekdayOf(date)))
        for (let part = 0; part < perDay; part++) byNumber.set(n, { number: n++, airDate: date });
    }
  } else if (show.firstAirDate) {
    for (let n = 1; n <= perDay; n++) byNumber.set(n, { number: n, airDate: show.firstAirDate });
  }
  for (const e of show.episodes ?? []) byNumber.set(e.number, { ...byNumber.get(e.number), ...e });
  return [...byNumber.values()].filter((e) => e.number <= show.episodeCount).sort((a, b) => a.number - b.number);
}

/** The problems that make a show's dates inconsistent, as readable sentences (empty when consistent). */
export function checkEpisodeDates(show: Show): string[] {
  const problems: string[] = [];
  if (show.schedule?.length && !show.firstAirDate) problems.push('schedule needs firstAirDate');
  if (show.firstAirDate && show.schedule?.length && !show.schedule.includes(weekdayOf(show.firstAirDate)))
    problems.push(
      `firstAirDate ${show.firstAirDate} is a ${weekdayOf(show.firstAirDate)}, not in schedule ${show.schedule.join(',')}`,
    );
  const dated = resolveEpisodeDates(show);
  if (show.lastAirDate && show.schedule?.length && !show.episodes?.length) {
    const last = dated[dated.length - 1];
    if (last && last.number === show.episodeCount && last.airDate !== show.lastAirDate)
      problems.push(
        `schedule puts episode ${show.episodeCount} on ${last.airDate} but lastAirDate is ${show.lastAirDate}: the run had breaks, so list episodes with their dates`,
      );
  }
  for (let i = 1; i < dated.length; i++)
    if (dated[i].airDate < dated[i - 1].airDate)
      problems.push(`episode ${dated[i].number} airs before episode ${dated[i - 1].number}`);
  const numbers = new Set<number>();
  for (const e of show.episodes ?? []) {
    if (e.number > show.episodeCount) problems.push(`episode ${e.number} is past episodeCount ${show.episodeCount}`);
    if (numbers.has(e.number)) problems.push(`episode ${e.number} is listed twice`);
    numbers.add(e.number);
  }
  return problems;
}
