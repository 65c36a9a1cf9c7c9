import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

/**
 * Every demo item's name (in `data/demo-items.json`) starts with this. The name is kept as the item's GUID, never as
 * its id: a stored item's id is opaque like every other's (see src/ingest/item-id.ts).
 */
export const demoIdPrefix = 'demo-';

/** The meta key that records when the demo items were loaded (kept after they are removed). */
export const demoLoadedMetaKey = 'demo-items-loaded';

/** Which of these demo names are stored already (demo items have no feed, and their name as GUID). */
export async function findStoredDemoNames(db: Kysely<DB>, names: string[]): Promise<Set<string>> {
  if (!names.length) return new Set();
  const rows = await db
    .selectFrom('items')
    .select('guid')
    .where('feed_id', 'is', null)
    .where('guid', 'in', names)
    .execute();
  return new Set(rows.map((r) => r.guid!));
}

/** Deletes the demo items (their links and horizons go with them); returns how many there were. */
export async function removeDemoItems(db: Kysely<DB>): Promise<number> {
  const deleted = await db
    .deleteFrom('items')
    .where('guid', 'like', `${demoIdPrefix}%`)
    .where('feed_id', 'is', null)
    .returning('id')
    .execute();
  return deleted.length;
}

/** How many demo items are stored. */
export async function countDemoItems(db: Kysely<DB>): Promise<number> {
  const { n } = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('guid', 'like', `${demoIdPrefix}%`)
    .where('feed_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}
