import type { Kysely, Selectable } from 'kysely';
import type { DB, FeedsTable } from './db-types.js';

export type FeedRow = Selectable<FeedsTable>;

export interface NewFeed {
  url: string;
  title?: string | null;
  siteUrl?: string | null;
  kind?: 'feed' | 'youtube';
  intervalMinutes?: number;
  /** When it is first due (now, by the caller's clock). */
  nextFetchAt?: Date;
}

/** Adds a feed; returns null when a feed with this URL is already followed. */
export async function insertFeed(db: Kysely<DB>, feed: NewFeed): Promise<FeedRow | null> {
  const row = await db
    .insertInto('feeds')
    .values({
      url: feed.url,
      title: feed.title ?? null,
      site_url: feed.siteUrl ?? null,
      kind: feed.kind ?? 'feed',
      interval_minutes: feed.intervalMinutes ?? 30,
      etag: null,
      last_modified: null,
      last_error: null,
      ...(feed.nextFetchAt ? { next_fetch_at: feed.nextFetchAt } : {}),
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function listFeeds(db: Kysely<DB>): Promise<Array<FeedRow & { items: number }>> {
  const rows = await db
    .selectFrom('feeds')
    .selectAll('feeds')
    .select((eb) =>
      eb
        .selectFrom('items')
        .whereRef('items.feed_id', '=', 'feeds.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('items'),
    )
    .orderBy('feeds.id')
    .execute();
  return rows.map((r) => ({ ...r, items: Number(r.items ?? 0) }));
}

/** Changes how often a feed is fetched; a feed due later than one new interval from now is due then instead. */
export async function setFeedInterval(db: Kysely<DB>, id: number, minutes: number, now: Date): Promise<void> {
  const soonest = new Date(now.getTime() + minutes * 60_000);
  await db
    .updateTable('feeds')
    .set((eb) => ({
      interval_minutes: minutes,
      next_fetch_at: eb.fn('least', [eb.ref('next_fetch_at'), eb.val(soonest)]),
    }))
    .where('id', '=', id)
    .execute();
}

/** A feed by its id or its URL. */
export async function findFeed(db: Kysely<DB>, idOrUrl: string): Promise<FeedRow | null> {
  const query = db.selectFrom('feeds').selectAll();
  const row = /^\d+$/.test(idOrUrl)
    ? await query.where('id', '=', Number(idOrUrl)).executeTakeFirst()
    : await query.where('url', '=', idOrUrl).executeTakeFirst();
  return row ?? null;
}

/** Removes a feed and its items; returns how many items went with it. */
export async function deleteFeed(db: Kysely<DB>, id: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom('items')
      .where('feed_id', '=', id)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('feeds').where('id', '=', id).execute();
    return Number(n);
  });
}

/** Feeds whose next fetch is due, the longest-waiting first. */
export async function dueFeeds(db: Kysely<DB>, now: Date, all = false): Promise<FeedRow[]> {
  let query = db.selectFrom('feeds').selectAll().orderBy('next_fetch_at').orderBy('id');
  if (!all) query = query.where('next_fetch_at', '<=', now);
  return query.execute();
}

export interface FetchOutcome {
  ok: boolean;
  at: Date;
  next: Date;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  siteUrl?: string | null;
  kind?: 'feed' | 'youtube';
  error?: string;
}

/** Records a fetch: validators and the next fetch time after success; the error and a backoff after failure. */
export async function recordFetch(db: Kysely<DB>, id: number, o: FetchOutcome): Promise<void> {
  if (o.ok) {
    await db
      .updateTable('feeds')
      .set((eb) => ({
        last_fetched_at: o.at,
        last_success_at: o.at,
        next_fetch_at: o.next,
        error_count: 0,
        last_error: null,
        ...(o.etag !== undefined ? { etag: o.etag } : {}),
        ...(o.lastModified !== undefined ? { last_modified: o.lastModified } : {}),
        ...(o.title ? { title: eb.fn.coalesce('title', eb.val(o.title)) } : {}),
        ...(o.siteUrl ? { site_url: o.siteUrl } : {}),
        ...(o.kind ? { kind: o.kind } : {}),
      }))
      .where('id', '=', id)
      .execute();
  } else {
    await db
      .updateTable('feeds')
      .set((eb) => ({
        last_fetched_at: o.at,
        next_fetch_at: o.next,
        error_count: eb('error_count', '+', 1),
        last_error: o.error ?? 'unknown error',
      }))
      .where('id', '=', id)
      .execute();
  }
}
