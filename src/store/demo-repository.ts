import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

/** Every demo item's id starts with this; ids of feed items are hex digests, so they never do. */
export const demoIdPrefix = 'demo-';

/** The meta key that records when the demo items were loaded (kept after they are removed). */
export const demoLoadedMetaKey = 'demo-items-loaded';

/** Which of these item ids are stored already. */
export async function findStoredItemIds(db: Kysely<DB>, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('items').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Deletes the demo items (their links and horizons go with them); returns how many there were. */
export async function removeDemoItems(db: Kysely<DB>): Promise<number> {
  const deleted = await db
    .deleteFrom('items')
    .where('id', 'like', `${demoIdPrefix}%`)
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
    .where('id', 'like', `${demoIdPrefix}%`)
    .where('feed_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}
