import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.js';
import { type ItemFilter, listItemCards, readItemLinks } from '../store/reader-repository.js';
import { attachLinks, type LinkedItem } from './gate-entries.js';

/** A page of items with their links and horizons, ready for the gate. */
export async function loadLinkedItems(db: Kysely<DB>, filter: ItemFilter, limit: number): Promise<LinkedItem[]> {
  const rows = await listItemCards(db, filter, limit);
  return attachLinks(
    rows,
    await readItemLinks(
      db,
      rows.map((r) => r.id),
    ),
  );
}

/** These items, in the order given, with their links and horizons. */
export async function loadItemsByIds(db: Kysely<DB>, ids: string[]): Promise<LinkedItem[]> {
  if (!ids.length) return [];
  const byId = new Map((await loadLinkedItems(db, { ids }, ids.length)).map((i) => [i.id, i]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
