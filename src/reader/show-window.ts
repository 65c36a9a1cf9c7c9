import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.js';
import { listShowWindow, type UnreadRow } from '../store/item-state-repository.js';

export type ShowWindow = Array<Omit<UnreadRow, 'shows'>>;

/** How many shows' windows a database handle keeps (a catalog has tens to thousands of shows; few are asked for). */
const keptShows = 500;

/** Per database handle (a server has one; each test its own): show id → its window at one items version. */
const kept = new WeakMap<Kysely<DB>, Map<string, { version: string; rows: Promise<ShowWindow> }>>();

/**
 * The newest `window` items of a show with their horizons, as stored at the reader's items version: the same rows
 * for every reader (nothing in them depends on who reads), so they are read once per show and version and kept, as
 * the newest items are (newest-items.ts). Any change to items, their links or horizons bumps the version, and the
 * next request reads them again. Without a version (no migration 0010), always read.
 */
export function showWindow(
  db: Kysely<DB>,
  version: string | null | undefined,
  showId: string,
  window: number,
): Promise<ShowWindow> {
  if (!version) return listShowWindow(db, showId, window);
  const byShow = kept.get(db) ?? new Map();
  kept.set(db, byShow);
  const key = `${showId}\u0000${window}`;
  const found = byShow.get(key);
  if (found && found.version === version) return found.rows;
  const rows = listShowWindow(db, showId, window);
  if (byShow.size >= keptShows) byShow.clear();
  byShow.set(key, { version, rows });
  rows.catch(() => byShow.delete(key));
  return rows;
}
