import { type Kysely, sql } from 'kysely';
import type { DB } from './db-types.js';

/**
 * Per-user read marks and stars. Every query takes the user id and is scoped by it. Nothing here decides what a
 * reader may see: the services in src/reader gate every item these rows name before counting or listing it.
 */

export interface ItemStates {
  read: Set<string>;
  starred: Set<string>;
}

/**
 * Which of these items the user has read and starred (one statement: a feed page asks on every request). The ids go
 * as one text parameter split by the server, not as a text[] parameter: with the thousand newest items, encoding and
 * decoding a thousand array elements cost more than the query (on PGlite, 5.6 -> 2.4 ms of CPU per call).
 */
export async function readItemStates(db: Kysely<DB>, userId: number, ids: string[]): Promise<ItemStates> {
  if (!ids.length) return { read: new Set(), starred: new Set() };
  // Item ids are hex digests; any other id (a test's, an import's) goes as an array.
  const list = ids.some((id) => id.includes('\n'))
    ? sql`${ids}::text[]`
    : sql`string_to_array(${ids.join('\n')}::text, E'\n')`;
  const { rows } = await sql<{ item_id: string; star: boolean }>`
    select item_id, false as star from item_reads where user_id = ${userId} and item_id in (select unnest(${list}))
    union all
    select item_id, true as star from item_stars where user_id = ${userId} and item_id in (select unnest(${list}))`.execute(
    db,
  );
  return {
    read: new Set(rows.filter((r) => !r.star).map((r) => r.item_id)),
    starred: new Set(rows.filter((r) => r.star).map((r) => r.item_id)),
  };
}

/** Each user's marks changed this many times in this process (a write below counts one). */
const generations = new Map<number, number>();
const marksChanged = (userId: number) => generations.set(userId, (generations.get(userId) ?? 0) + 1);

/**
 * Without a marks version (a reader made without one), a user's marks among the newest items may be this old when
 * another process (a second server, the CLI) changed them.
 */
export const marksKeptMs = 5000;

interface KeptMarks {
  key: string;
  marksVersion: string | null;
  generation: number;
  at: number;
  states: Promise<ItemStates>;
}

/** Per database handle (a server has one; each test its own), per user. */
const keptMarks = new WeakMap<Kysely<DB>, Map<number, KeptMarks>>();

/**
 * The user's read marks and stars among these items (the newest items kept in memory, named by `key`, their
 * version), kept for this user only: read again when the items change, when the user's `marksVersion` (read with
 * their state; triggers bump it on every change of their marks, by any process) moved, and after any write of this
 * user's marks here. Without a marks version, also after `marksKeptMs`. Concurrent callers share one read.
 */
export function itemStatesAmong(
  db: Kysely<DB>,
  userId: number,
  key: string,
  ids: string[],
  marksVersion: string | null = null,
): Promise<ItemStates> {
  const byUser = keptMarks.get(db) ?? new Map<number, KeptMarks>();
  keptMarks.set(db, byUser);
  const generation = generations.get(userId) ?? 0;
  const kept = byUser.get(userId);
  if (
    kept &&
    kept.key === key &&
    kept.generation === generation &&
    (marksVersion === null ? Date.now() - kept.at < marksKeptMs : kept.marksVersion === marksVersion)
  )
    return kept.states;
  // The generation is taken before reading: a write meanwhile makes this entry stale at once. The marks version was
  // read before this read starts, so the marks read are at least as new as the version they are kept under.
  const states = readItemStates(db, userId, ids);
  if (byUser.size >= 10_000) byUser.clear();
  byUser.set(userId, { key, marksVersion, generation, at: Date.now(), states });
  states.catch(() => byUser.delete(userId));
  return states;
}

/** Marks these items read (already read ones keep their first read time). */
export async function markRead(db: Kysely<DB>, userId: number, ids: string[]): Promise<void> {
  try {
    for (let i = 0; i < ids.length; i += 1000)
      await db
        .insertInto('item_reads')
        .values(ids.slice(i, i + 1000).map((item_id) => ({ user_id: userId, item_id })))
        .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing())
        .execute();
  } finally {
    marksChanged(userId);
  }
}

/** True when the item was marked read and no longer is. */
export async function markUnread(db: Kysely<DB>, userId: number, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('item_reads')
    .where('user_id', '=', userId)
    .where('item_id', '=', id)
    .executeTakeFirst()
    .finally(() => marksChanged(userId));
  return r.numDeletedRows > 0n;
}

export async function addStar(db: Kysely<DB>, userId: number, id: string): Promise<void> {
  await db
    .insertInto('item_stars')
    // Milliseconds, as JavaScript dates have: the Saved page's cursor compares against this exact value.
    .values({ user_id: userId, item_id: id, starred_at: new Date() })
    .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing())
    .execute()
    .finally(() => marksChanged(userId));
}

/** True when the item was starred and no longer is. */
export async function removeStar(db: Kysely<DB>, userId: number, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('item_stars')
    .where('user_id', '=', userId)
    .where('item_id', '=', id)
    .executeTakeFirst()
    .finally(() => marksChanged(userId));
  return r.numDeletedRows > 0n;
}

export interface StarCursor {
  starredAt: Date;
  id: string;
}

/** The user's starred items that still exist, most recently starred first, after the cursor. */
export async function listStarred(
  db: Kysely<DB>,
  userId: number,
  after: StarCursor | undefined,
  limit: number,
): Promise<Array<{ id: string; starredAt: Date }>> {
  let q = db
    .selectFrom('item_stars as s')
    .innerJoin('items', 'items.id', 's.item_id')
    .select(['s.item_id as id', 's.starred_at as starredAt'])
    .where('s.user_id', '=', userId);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('s.starred_at', '<', after.starredAt),
        eb.and([eb('s.starred_at', '=', after.starredAt), eb('s.item_id', '>', after.id)]),
      ]),
    );
  return q.orderBy('s.starred_at', 'desc').orderBy('s.item_id').limit(limit).execute();
}

/** An unread item with what the gate needs: its horizons, and the shows it names (for counts per show). */
export interface UnreadRow {
  id: string;
  published_at: Date | null;
  horizons: Array<[showId: string, throughEpisode: number, confidence?: number]>;
  shows: string[];
}

/**
 * The unread items among the newest `window` items (of one show, or all), with their horizons and (of all) the shows
 * they name, in one query: read from the newest-first indexes, so it costs the same at a hundred items or a million.
 * Of one show, `shows` is that show alone: looking up every row's other shows was half the query's time (reader
 * bench, PGlite), for counts nobody shows.
 */
export async function listUnreadInWindow(
  db: Kysely<DB>,
  userId: number,
  showId: string | undefined,
  window: number,
): Promise<UnreadRow[]> {
  const newest = showId
    ? sql`select item_id as id, published_at from item_entities where kind = 'show' and entity_id = ${showId}
        order by published_at desc nulls last, item_id limit ${window}`
    : sql`select id, published_at from items order by published_at desc nulls last, id limit ${window}`;
  const rows = await sql<UnreadRow>`select w.id, w.published_at,
      coalesce((select json_agg(json_build_array(h.show_id, h.through_episode, h.confidence)) from item_horizons h
        where h.item_id = w.id), '[]') as horizons,
      ${
        showId
          ? sql`json_build_array(${showId}::text)`
          : sql`coalesce((select json_agg(e.entity_id) from item_entities e where e.item_id = w.id and e.kind = 'show'), '[]')`
      } as shows
    from (${newest}) w
    where not exists (select 1 from item_reads r where r.user_id = ${userId} and r.item_id = w.id)`.execute(db);
  return rows.rows.map((r) => ({
    ...r,
    published_at: r.published_at === null ? null : new Date(r.published_at),
    horizons: typeof r.horizons === 'string' ? JSON.parse(r.horizons) : r.horizons,
    shows: typeof r.shows === 'string' ? JSON.parse(r.shows) : r.shows,
  }));
}

/**
 * The newest `window` items of one show with their horizons, read or not: the same for every reader (the services
 * keep it per items version, and take each reader's read marks among them with `listReadAmong`).
 */
export async function listShowWindow(
  db: Kysely<DB>,
  showId: string,
  window: number,
): Promise<Array<Omit<UnreadRow, 'shows'>>> {
  const rows = await sql<Omit<UnreadRow, 'shows'>>`select w.id, w.published_at,
      coalesce((select json_agg(json_build_array(h.show_id, h.through_episode, h.confidence)) from item_horizons h
        where h.item_id = w.id), '[]') as horizons
    from (select item_id as id, published_at from item_entities where kind = 'show' and entity_id = ${showId}
      order by published_at desc nulls last, item_id limit ${window}) w`.execute(db);
  return rows.rows.map((r) => ({
    ...r,
    published_at: r.published_at === null ? null : new Date(r.published_at),
    horizons: typeof r.horizons === 'string' ? JSON.parse(r.horizons) : r.horizons,
  }));
}

/** Up to this many read marks of a user are read whole (one index range) rather than probed id by id. */
const wholeReadsUpTo = 3000;

/**
 * Which of these items the user has marked read. Most readers have a few hundred marks: reading them all is one
 * range of the primary key (about 3 ms in PGlite for 700 marks, against 10 ms to probe 1,000 ids); a reader with
 * more (after "mark all read" on a large feed) has the ids probed instead.
 */
export async function listReadAmong(db: Kysely<DB>, userId: number, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const all = await sql<{ item_id: string }>`select item_id from item_reads where user_id = ${userId}
    limit ${wholeReadsUpTo + 1}`.execute(db);
  if (all.rows.length <= wholeReadsUpTo) {
    const wanted = new Set(ids);
    return new Set(all.rows.map((r) => r.item_id).filter((id) => wanted.has(id)));
  }
  const { rows } = await sql<{ item_id: string }>`select item_id from item_reads
    where user_id = ${userId} and item_id = any(${ids}::text[])`.execute(db);
  return new Set(rows.map((r) => r.item_id));
}

/** The next unread items (of one show, or all), newest first, after a cursor; for marking everything read. */
export async function listUnreadPage(
  db: Kysely<DB>,
  userId: number,
  showId: string | undefined,
  after: { publishedAt: Date | null; id: string } | undefined,
  limit: number,
): Promise<UnreadRow[]> {
  const at = showId ? sql.ref('e.published_at') : sql.ref('i.published_at');
  const id = showId ? sql.ref('e.item_id') : sql.ref('i.id');
  const from = showId
    ? sql`item_entities e where e.kind = 'show' and e.entity_id = ${showId}`
    : sql`items i where true`;
  const page = after
    ? after.publishedAt === null
      ? sql`and ${at} is null and ${id} > ${after.id}`
      : sql`and (${at} < ${after.publishedAt} or (${at} = ${after.publishedAt} and ${id} > ${after.id}) or ${at} is null)`
    : sql``;
  const rows = await sql<UnreadRow>`select w.id, w.published_at,
      coalesce((select json_agg(json_build_array(h.show_id, h.through_episode, h.confidence)) from item_horizons h
        where h.item_id = w.id), '[]') as horizons,
      '[]'::json as shows
    from (select ${id} as id, ${at} as published_at from ${from} ${page}
      and not exists (select 1 from item_reads r where r.user_id = ${userId} and r.item_id = ${id})
      order by ${at} desc nulls last, ${id} limit ${limit}) w
    order by w.published_at desc nulls last, w.id`.execute(db);
  return rows.rows.map((r) => ({
    ...r,
    published_at: r.published_at === null ? null : new Date(r.published_at),
    horizons: typeof r.horizons === 'string' ? JSON.parse(r.horizons) : r.horizons,
    shows: [],
  }));
}
