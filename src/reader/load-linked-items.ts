import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.js';
import { itemStatesAmong, readItemStates } from '../store/item-state-repository.js';
import { type ItemFilter, listItemCards, readItemLinks } from '../store/reader-repository.js';
import { attachLinks, type LinkedItem } from './gate-entries.js';
import type { NewestItems } from './newest-items.js';

/** A page of items with their links and horizons, and this user's read marks and stars, ready for the gate. */
export async function loadLinkedItems(
  db: Kysely<DB>,
  filter: ItemFilter,
  limit: number,
  userId: number,
): Promise<LinkedItem[]> {
  const rows = await listItemCards(db, filter, limit);
  const ids = rows.map((r) => r.id);
  const [links, states] = await Promise.all([readItemLinks(db, ids), readItemStates(db, userId, ids)]);
  return attachLinks(rows, links, states);
}

/**
 * A page of the newest items kept in memory (shared by all readers) as this user sees them: copies with their read
 * marks and stars, taken from the user's marks among all the newest items (kept for this user, see
 * `itemStatesAmong`).
 */
export async function withItemStates(
  db: Kysely<DB>,
  newest: NewestItems,
  page: LinkedItem[],
  userId: number,
  marksVersion: string | null = null,
): Promise<LinkedItem[]> {
  const states = await itemStatesAmong(db, userId, newest.version, newest.ids, marksVersion);
  return page.map((i) => ({ ...i, read: states.read.has(i.id), starred: states.starred.has(i.id) }));
}

/** These items, in the order given, with their links, horizons and this user's marks. */
export async function loadItemsByIds(db: Kysely<DB>, ids: string[], userId: number): Promise<LinkedItem[]> {
  if (!ids.length) return [];
  const byId = new Map((await loadLinkedItems(db, { ids }, ids.length, userId)).map((i) => [i.id, i]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
