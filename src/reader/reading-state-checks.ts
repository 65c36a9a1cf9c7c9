import type { Kysely } from 'kysely';
import type { Show } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import type { CatalogView } from '../link/catalog-view.js';
import type { DB } from '../store/db-types.js';
import { itemExists } from '../store/items-repository.js';

/**
 * The checks every writer of reading state makes, against the catalog and the items store, so that the API and the
 * pages refuse the same things: no progress on a show the catalog lacks or past its last episode, no reveal of an
 * item that does not exist (either would leave a row that names nothing).
 */

/** The catalog show `showId`, or `not-found`. */
export function showOfProgress(view: Pick<CatalogView, 'shows'>, showId: string): Show {
  const show = view.shows.get(showId);
  if (!show) throw new AppError('not-found', `no show ${showId} in the catalog`);
  return show;
}

/** Why `watchedThrough` is not an episode of `show` (0 to its episode count), or null. */
export function watchedThroughProblem(show: Show, watchedThrough: number): string | null {
  if (watchedThrough <= show.episodeCount) return null;
  return `${show.title} has ${countOf(show.episodeCount, 'episode')}: expected a number from 0 to ${show.episodeCount}`;
}

/** Throws `input.invalid` when `watchedThrough` is past the show's last episode. */
export function checkWatchedThrough(show: Show, watchedThrough: number): void {
  const problem = watchedThroughProblem(show, watchedThrough);
  if (problem)
    throw new AppError('input.invalid', `invalid body: watchedThrough: ${problem}`, {
      details: [`watchedThrough: ${problem}`],
    });
}

/** Throws `not-found` unless the item is stored. */
export async function checkItemExists(db: Kysely<DB>, itemId: string): Promise<void> {
  if (!(await itemExists(db, itemId)))
    throw new AppError('not-found', `no item ${itemId} (it may have been removed with its feed)`);
}
