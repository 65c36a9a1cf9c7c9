import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from './db-types.js';
import type { UnfollowedPolicy } from './users-repository.js';

/**
 * A user's reading state: progress per show, items revealed one by one, and what to do with shows they do not
 * follow. Every query takes the user id and is scoped by it, so no call can read or change another user's state.
 */
export interface ReadingSettings {
  unfollowedPolicy: UnfollowedPolicy;
  /** Items that only unsure horizons would hide: hide them (default) or show them with a warning. */
  unsurePolicy: 'hide' | 'warn';
}

/** Show id → the last episode the user has watched (0: following, nothing watched yet). */
export async function getProgress(db: Kysely<DB>, userId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('progress')
    .select(['show_id', 'watched_through'])
    .where('user_id', '=', userId)
    .orderBy('show_id')
    .execute();
  return new Map(rows.map((r) => [r.show_id, r.watched_through]));
}

export async function setProgress(
  db: Kysely<DB>,
  userId: number,
  showId: string,
  watchedThrough: number,
): Promise<void> {
  const now = new Date();
  await db
    .insertInto('progress')
    .values({ user_id: userId, show_id: showId, watched_through: watchedThrough, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['user_id', 'show_id']).doUpdateSet({ watched_through: watchedThrough, updated_at: now }),
    )
    .execute();
}

/** Stops following a show; true when there was progress to remove. */
export async function removeProgress(db: Kysely<DB>, userId: number, showId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('progress')
    .where('user_id', '=', userId)
    .where('show_id', '=', showId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function addReveal(db: Kysely<DB>, userId: number, itemId: string): Promise<void> {
  await db
    .insertInto('reveals')
    .values({ user_id: userId, item_id: itemId })
    .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing())
    .execute();
}

/** The ids of the items the user chose to reveal, oldest first. */
export async function listReveals(db: Kysely<DB>, userId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('reveals')
    .select('item_id')
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('item_id')
    .execute();
  return rows.map((r) => r.item_id);
}

/** True when the item was revealed and no longer is. */
export async function removeReveal(db: Kysely<DB>, userId: number, itemId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('reveals')
    .where('user_id', '=', userId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function getSettings(db: Kysely<DB>, userId: number): Promise<ReadingSettings | null> {
  const row = await db
    .selectFrom('users')
    .select(['unfollowed_policy', 'unsure_policy'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? { unfollowedPolicy: row.unfollowed_policy, unsurePolicy: row.unsure_policy } : null;
}

/** Changes the given settings of one user, keeping the others. */
export async function setSettings(db: Kysely<DB>, userId: number, settings: Partial<ReadingSettings>): Promise<void> {
  const set = {
    ...(settings.unfollowedPolicy ? { unfollowed_policy: settings.unfollowedPolicy } : {}),
    ...(settings.unsurePolicy ? { unsure_policy: settings.unsurePolicy } : {}),
  };
  if (!Object.keys(set).length) return;
  await db.updateTable('users').set(set).where('id', '=', userId).execute();
}

export interface ReadingState {
  progress: Map<string, number>;
  /** Oldest first. */
  reveals: string[];
  settings: ReadingSettings | null;
  /** `meta.items_version` read in the same statement: whether items kept in memory are still current. */
  itemsVersion: string | null;
  /** The user's `users.marks_version` (migration 0019): whether their read marks kept in memory are still current. */
  marksVersion: string | null;
}

interface ReadingStateRow {
  progress: Array<[string, number]> | null;
  reveals: string[] | null;
  policy: UnfollowedPolicy | null;
  unsure: 'hide' | 'warn' | null;
  items_version: string | null;
  marks_version: string | null;
}

/** The columns of a user's reading state, for a select naming that user's id (here, and with the session). */
export function readingStateColumns(userId: RawBuilder<number> | ReturnType<typeof sql.ref> | number) {
  return [
    sql<ReadingStateRow['progress']>`(select json_agg(json_build_array(show_id, watched_through) order by show_id)
      from progress where user_id = ${userId})`.as('progress'),
    sql<ReadingStateRow['reveals']>`(select json_agg(item_id order by created_at, item_id)
      from reveals where user_id = ${userId})`.as('reveals'),
    sql<ReadingStateRow['policy']>`(select unfollowed_policy from users where id = ${userId})`.as('policy'),
    sql<ReadingStateRow['unsure']>`(select unsure_policy from users where id = ${userId})`.as('unsure'),
    sql<ReadingStateRow['items_version']>`(select value from meta where key = 'items_version')`.as('items_version'),
    sql<ReadingStateRow['marks_version']>`(select marks_version::text from users where id = ${userId})`.as(
      'marks_version',
    ),
  ];
}

export function readingStateOf(row: ReadingStateRow | undefined): ReadingState {
  return {
    progress: new Map(row?.progress ?? []),
    reveals: row?.reveals ?? [],
    settings: row?.policy ? { unfollowedPolicy: row.policy, unsurePolicy: row.unsure ?? 'hide' } : null,
    itemsVersion: row?.items_version ?? null,
    marksVersion: row?.marks_version ?? null,
  };
}

/**
 * Progress, reveals and settings of a user in one statement (what every page and API answer needs first): one
 * round trip instead of three, which counts under load, most of all on the embedded database. The items' version
 * comes with it, so checking the newest items kept in memory costs no round trip of its own.
 */
export async function readReadingState(db: Kysely<DB>, userId: number): Promise<ReadingState> {
  const row = await db.selectNoFrom(readingStateColumns(userId)).executeTakeFirst();
  return readingStateOf(row);
}
