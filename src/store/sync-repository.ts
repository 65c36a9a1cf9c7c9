import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

/** Where a listing sync of one source stopped: the page to start from, for the same `since`. */
export interface SyncCursor {
  since: string | null;
  page: number;
}

const keyOf = (source: string) => `sync.${source}.cursor`;

export async function readSyncCursor(db: Kysely<DB>, source: string): Promise<SyncCursor | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', keyOf(source)).executeTakeFirst();
  if (!row) return null;
  try {
    const value = JSON.parse(row.value) as SyncCursor;
    return Number.isInteger(value.page) && value.page >= 1 ? value : null;
  } catch {
    return null;
  }
}

export async function saveSyncCursor(db: Kysely<DB>, source: string, cursor: SyncCursor): Promise<void> {
  const value = JSON.stringify(cursor);
  await db
    .insertInto('meta')
    .values({ key: keyOf(source), value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function clearSyncCursor(db: Kysely<DB>, source: string): Promise<void> {
  await db.deleteFrom('meta').where('key', '=', keyOf(source)).execute();
}

/** Shows still airing: last air date unknown, or on or after `since` (YYYY-MM-DD), with their source ids. */
export async function listAiringShows(
  db: Kysely<DB>,
  since: string,
): Promise<Array<{ id: string; title: string; sourceIds: { tmdb?: number; wikidata?: string } }>> {
  const rows = await db
    .selectFrom('shows')
    .select(['id', 'title', 'source_ids'])
    .where((eb) => eb.or([eb('last_air_date', 'is', null), eb('last_air_date', '>=', since)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, sourceIds: r.source_ids }));
}
