import { type Kysely, sql } from 'kysely';
import type { DB } from './db-types.js';
import type { FeedRow } from './feeds-repository.js';

/**
 * The first key of the feed locks (PostgreSQL's two-key advisory locks): "haeb", so that they cannot collide with
 * another application's locks on a shared server. The second key is the feed's id.
 */
const feedLockSpace = 0x68616562;

export type ClaimOutcome<T> =
  | { status: 'ran'; value: T }
  /** Another process holds the feed right now (it is refreshing it for this due time). */
  | { status: 'busy' }
  /** Refreshed since the job was queued (its next fetch moved past the due time), or removed. */
  | { status: 'done' };

/**
 * Runs `fn` on a feed that is still due at `due`, holding the feed's advisory lock on a connection of its own for
 * the whole refresh: no two processes refresh one feed at once, and a feed refreshed since it was queued is not
 * fetched again. The lock belongs to the session, so a process that dies (kill -9, a lost machine) drops it with its
 * connection and another process can take the feed at once.
 */
export async function withFeedClaim<T>(
  db: Kysely<DB>,
  feedId: number,
  due: Date,
  fn: (feed: FeedRow) => Promise<T>,
): Promise<ClaimOutcome<T>> {
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{
      got: boolean;
    }>`select pg_try_advisory_lock(${feedLockSpace}, ${feedId}) as got`.execute(conn);
    if (!rows[0]?.got) return { status: 'busy' as const };
    try {
      const feed = await conn
        .selectFrom('feeds')
        .selectAll()
        .where('id', '=', feedId)
        .where('next_fetch_at', '<=', due)
        .executeTakeFirst();
      if (!feed) return { status: 'done' as const };
      return { status: 'ran' as const, value: await fn(feed) };
    } finally {
      await sql`select pg_advisory_unlock(${feedLockSpace}, ${feedId})`.execute(conn);
    }
  });
}

/** Feeds due at `now` that no process is refreshing (no one holds their lock), the longest-waiting first. */
export async function dueUnclaimedFeeds(db: Kysely<DB>, now: Date, limit = 1000): Promise<Array<Pick<FeedRow, 'id'>>> {
  return db
    .selectFrom('feeds')
    .select('id')
    .where('next_fetch_at', '<=', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom(sql<{ objid: number }>`pg_locks`.as('l'))
            .select(sql`1`.as('one'))
            .where(
              sql<boolean>`l.locktype = 'advisory' and l.classid = ${feedLockSpace} and l.objid = feeds.id and l.objsubid = 2 and l.database = (select oid from pg_database where datname = current_database())`,
            ),
        ),
      ),
    )
    .orderBy('next_fetch_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}
