import { type Kysely, sql } from 'kysely';
import type { DB } from './db-types.js';
import { defaultPreferences, type Preferences } from './preferences-repository.js';
import { type ReadingState, readingStateColumns, readingStateOf } from './progress-repository.js';
import { keepSession, keptSession, sessionStamp } from './session-cache.js';
import type { UserRecord } from './users-repository.js';

/** Sessions, and the login attempts that gate creating them. */
export interface SessionRecord {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: UserRecord;
  /** With `withReader`: the user's interface preferences and reading state, read in the same statement. */
  reader?: { preferences: Preferences; readingState: ReadingState };
}

export interface NewSession {
  /** sha256 (hex) of the token in the cookie. */
  id: string;
  userId: number;
  csrfToken: string;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(db: Kysely<DB>, s: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

/**
 * The session with this id and its user, expired or not (the caller decides). With `withReader`, the same statement
 * also reads what every page asks next (the user's preferences and reading state): one round trip instead of three;
 * on PGlite in this process, none while nothing was written since it was last read (session-cache.ts).
 */
export async function findSession(
  db: Kysely<DB>,
  id: string,
  options: { withReader?: boolean } = {},
): Promise<SessionRecord | null> {
  if (!options.withReader) return readSession(db, id, options);
  const kept = keptSession(db, id);
  if (kept) return kept;
  const stamp = sessionStamp(db);
  const record = await readSession(db, id, options);
  if (record) keepSession(db, stamp, record);
  return record;
}

async function readSession(
  db: Kysely<DB>,
  id: string,
  options: { withReader?: boolean },
): Promise<SessionRecord | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'u.id as user_id',
      'u.name',
      'u.role',
      'u.unfollowed_policy',
      'u.created_at',
    ])
    .$if(options.withReader === true, (q) =>
      q.select([
        sql<Preferences | null>`(select json_build_object('locale', p.locale, 'theme', p.theme)
          from user_preferences p where p.user_id = u.id)`.as('preferences'),
        ...readingStateColumns(sql.ref('u.id')),
      ]),
    )
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const user: UserRecord = {
    id: row.user_id,
    name: row.name,
    role: row.role,
    unfollowedPolicy: row.unfollowed_policy,
    createdAt: row.created_at,
  };
  const extra = row as typeof row & { preferences?: Preferences | null };
  return {
    id: row.id,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    user,
    ...(options.withReader
      ? {
          reader: {
            preferences: extra.preferences ?? { ...defaultPreferences },
            readingState: readingStateOf(row as never),
          },
        }
      : {}),
  };
}

export async function touchSession(db: Kysely<DB>, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user except `keepId` (e.g. after a password change, all but the current one). */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, keepId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId !== undefined) query = query.where('id', '!=', keepId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export interface LoginFailures {
  key: string;
  windowStart: Date;
  count: number;
}

export interface LoginReservation {
  /** False when the key had used up its attempts in the current window (nothing was counted then). */
  allowed: boolean;
  windowStart: Date;
  count: number;
}

/**
 * Counts one login attempt for `key` in a fixed window, unless the key already has `limit` attempts in it: a
 * window older than `windowMs` starts again at `now`. Check and count are one statement (the row is locked while it
 * is decided), so parallel attempts can never all pass the check before any of them is counted. Stale keys are
 * purged on the way.
 */
export async function reserveLoginAttempt(
  db: Kysely<DB>,
  key: string,
  limit: number,
  now: Date,
  windowMs: number,
): Promise<LoginReservation> {
  const cutoff = new Date(now.getTime() - windowMs);
  await db.deleteFrom('login_attempts').where('window_start', '<=', cutoff).where('key', '!=', key).execute();
  const stale = sql<boolean>`login_attempts.window_start <= ${cutoff}`;
  const counted = await db
    .insertInto('login_attempts')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          count: sql<number>`case when ${stale} then 1 else login_attempts.count + 1 end`,
          window_start: sql<Date>`case when ${stale} then ${now} else login_attempts.window_start end`,
        })
        .where((eb) =>
          eb.or([eb('login_attempts.window_start', '<=', cutoff), eb('login_attempts.count', '<', limit)]),
        ),
    )
    .returning(['window_start', 'count'])
    .executeTakeFirst();
  if (counted) return { allowed: true, windowStart: counted.window_start, count: counted.count };
  const row = await db
    .selectFrom('login_attempts')
    .select(['window_start', 'count'])
    .where('key', '=', key)
    .executeTakeFirst();
  return { allowed: false, windowStart: row?.window_start ?? now, count: row?.count ?? limit };
}

/** Gives back one attempt counted in the window that started at `windowStart` (a login that succeeded). */
export async function releaseLoginAttempt(db: Kysely<DB>, key: string, windowStart: Date): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ count: sql<number>`count - 1` })
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('count', '>', 0)
    .execute();
}

/** The failures counted in the current window for each of `keys` that has any. */
export async function currentLoginFailures(
  db: Kysely<DB>,
  keys: string[],
  now: Date,
  windowMs: number,
): Promise<LoginFailures[]> {
  const rows = await db
    .selectFrom('login_attempts')
    .select(['key', 'window_start', 'count'])
    .where('key', 'in', keys)
    .where('window_start', '>', new Date(now.getTime() - windowMs))
    .execute();
  return rows.map((r) => ({ key: r.key, windowStart: r.window_start, count: r.count }));
}

export async function clearLoginFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}
