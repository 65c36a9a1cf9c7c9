import { searchCatalog } from '../catalog/search-catalog.js';
import { showSummary } from './read-show.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { ShowSummary } from './reader-schemas.js';

export type AiringState = 'airing' | 'upcoming' | 'ended';

export interface FirstRunShow extends ShowSummary {
  airing: AiringState;
}

/** How many shows the first run lists before the reader searches. */
export const firstRunListSize = 15;

/** Airing: its first episode is out and its last is not yet more than a week old (or unknown). */
export function airingState(show: Pick<ShowSummary, 'firstAirDate' | 'lastAirDate'>, today: string): AiringState {
  if (!show.firstAirDate || show.firstAirDate > today) return 'upcoming';
  if (!show.lastAirDate) return 'airing';
  const weekAfter = new Date(`${show.lastAirDate}T00:00:00Z`);
  weekAfter.setUTCDate(weekAfter.getUTCDate() + 7);
  return weekAfter.toISOString().slice(0, 10) >= today ? 'airing' : 'ended';
}

const order: Record<AiringState, number> = { airing: 0, upcoming: 1, ended: 2 };

/**
 * The shows the first run offers: without a query, airing shows first, then upcoming ones, then the most recently
 * ended; with a query, the catalog search (any spelling or Hangul; a person or character found stands for their
 * shows). Shows the reader follows already come first either way.
 */
export async function listFirstRunShows(
  deps: ReaderDeps,
  reader: Reader,
  query: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<FirstRunShow[]> {
  const linker = deps.linker();
  const { view } = linker;
  let ids: string[];
  if (query) {
    const hits = await searchCatalog(deps.db, query, 30, linker);
    ids = hits.flatMap((h) => {
      if (h.kind === 'show') return [h.id];
      if (h.kind === 'character') return [view.characters.get(h.id)?.showId ?? ''];
      if (h.kind === 'person') return view.showsOfPerson.get(h.id) ?? [];
      if (h.kind === 'network') return view.showsOfNetwork.get(h.id) ?? [];
      return [];
    });
  } else ids = [...view.shows.keys()];
  const shows = [...new Set(ids)].flatMap((id) => {
    const show = view.shows.get(id);
    if (!show) return [];
    const summary = showSummary(view, show, reader);
    return [{ ...summary, airing: airingState(summary, today) }];
  });
  if (query) return shows.sort((a, b) => Number(b.watchedThrough !== null) - Number(a.watchedThrough !== null));
  return shows
    .sort(
      (a, b) =>
        Number(b.watchedThrough !== null) - Number(a.watchedThrough !== null) ||
        order[a.airing] - order[b.airing] ||
        (b.firstAirDate ?? '').localeCompare(a.firstAirDate ?? ''),
    )
    .slice(0, Math.max(firstRunListSize, shows.filter((s) => s.watchedThrough !== null).length));
}
