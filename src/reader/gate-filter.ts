import { unsureBelow } from '../gate/gate-items.js';
import type { GateFilter } from '../store/reader-repository.js';
import type { Reader } from './reader-deps.js';
import type { FeedEntry } from './reader-schemas.js';

/**
 * The reader's gate for the store's queries, so that a list is cut from the items this reader may see (and, with
 * `cardsOf`, the hidden ones whose reasons name that show): its length, its last item (the next page's cursor) and
 * whether there is more never come from a row the reader cannot see. The gate in src/gate still decides every row.
 */
export function gateFilterOf(reader: Reader, cardsOf?: string): GateFilter {
  return {
    progress: [...reader.state.progress],
    reveals: [...reader.state.reveals],
    unfollowedPolicy: reader.state.unfollowedPolicy,
    unsurePolicy: reader.state.unsurePolicy ?? 'hide',
    unsureBelow,
    ...(cardsOf === undefined ? {} : { cardsOf }),
  };
}

/**
 * The entries a filtered list may show: shown items, and hidden cards only when one of their reasons names
 * `cardsOf` (on a show's lists a card tells nothing the list does not; anywhere else, that it is listed there would
 * tell what the hidden item is about, or its kind).
 */
export function listableEntries(entries: FeedEntry[], cardsOf?: string | readonly string[]): FeedEntry[] {
  const shows = new Set(cardsOf === undefined ? [] : typeof cardsOf === 'string' ? [cardsOf] : cardsOf);
  return entries.filter((e) => !e.hidden || e.reasons.some((r) => shows.has(r.showId)));
}
