import { type Kysely, sql } from 'kysely';
import type { DB } from './db-types.js';
import { planMatches } from './search-plan.js';
import { type SearchQuery, termsQuery } from './search-query.js';
import { readSearchStats, type SearchStats } from './search-stats.js';

const newest = sql`published_at desc nulls last`;

/** Months back from the first one that each step covers; after the last, everything older (or undated). */
const bounds = [0, 1, 2, 3, 4, 6, 9, 14, 22, 36];
const steps = bounds.slice(1).map((to, k) => [bounds[k], to] as const);

/**
 * The newest `limit` items whose search vector (migration 0018) matches every term, newest first, found month by
 * month: the newest item's month (this month, unless no item is dated in it yet), the one before, and so on in steps
 * half as long again (two months, three, five, eight, fourteen), then the rest. Each step asks the index for the
 * words and those months' lexemes together, so a word in 7 % of a million items costs a month's matches, not 74,000
 * rows read and sorted (2 s) or the newest items probed one by one until enough match (0.5 s for a word in 0.8 %):
 * 30-45 ms at a million items for the 7 % word. The database stops at the step that fills the limit (the steps are branches of one UNION ALL under a LIMIT, run in
 * order). With the items' statistics, very common terms are found among the newest items first and common ones are
 * checked on the rows found rather than asked of the index (search-plan.ts); what is found is the same.
 */
export function newestMatches(query: SearchQuery, limit: number, { now, stats, first }: MatchContext) {
  const plan = planMatches(query.terms, limit, stats);
  const month = (back: number) => {
    const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - back, 1));
    return `ym${d.getUTCFullYear() * 100 + d.getUTCMonth() + 1}`;
  };
  const index = termsQuery(plan.index);
  const check = plan.filter.length
    ? sql` and ts_match_vq(items.search_vector, to_tsquery('simple', ${termsQuery(plan.filter)}))`
    : sql``;
  // After the head: only the items older than its last (in the order published_at desc nulls last, id).
  const from = plan.head ? sql`items, head_end b` : sql`items`;
  const after = plan.head
    ? sql` and (items.published_at is null and (b.published_at is not null or items.id > b.id)
        or items.published_at < b.published_at or items.published_at = b.published_at and items.id > b.id)`
    : sql``;
  const order = sql`order by items.published_at desc nulls last, items.id limit ${limit}`;
  const parts = steps.map(([from_, to]) => {
    const months = Array.from({ length: to - from_ }, (_, k) => `'${month(from_ + k)}'`).join(' | ');
    return sql`(select items.id, items.published_at from ${from}
      where items.search_vector @@ (to_tsquery('simple', ${index}) && to_tsquery('simple', ${months}))${check}${after}
      ${order})`;
  });
  const older = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - steps[steps.length - 1][1] + 1, 1));
  parts.push(sql`(select items.id, items.published_at from ${from}
    where items.search_vector @@ to_tsquery('simple', ${index})${check}${after}
      and (items.published_at < ${older} or items.published_at is null)
    ${order})`);
  if (!plan.head)
    return sql<{ id: string; published_at: Date | null }>`select id, published_at from (${sql.join(
      parts,
      sql` union all `,
    )}) steps limit ${limit}`;
  // The head: the newest items up to this month's end (as the steps, which start at this month), read in order.
  const next = nextMonth(now);
  const upTo = sql`where published_at < ${next} or published_at is null order by ${newest}, id`;
  parts.unshift(sql`(select id, published_at from (select id, published_at, search_vector from items ${upTo}
      limit ${plan.head}) h
    where search_vector @@ to_tsquery('simple', ${query.all}) order by ${newest}, id limit ${limit})`);
  return sql<{ id: string; published_at: Date | null }>`with head_end as (
      select published_at, id from items ${upTo} offset ${plan.head - 1} limit 1)
    select id, published_at from (${sql.join(parts, sql` union all `)}) steps limit ${limit}`;
}

/** When a search runs: the month steps start at `first`, the newest item's month (never after `now`'s). */
export interface MatchContext {
  now: Date;
  stats: SearchStats | null;
  first: Date;
}

const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

/**
 * The statistics (cached, search-stats.ts; `stats` given instead, or null for none) and the newest dated item up to
 * this month's end, read from the start of the published_at index: the months after it hold no item to look in.
 */
export async function matchContext(db: Kysely<DB>, now: Date, stats?: SearchStats | null): Promise<MatchContext> {
  const [read, top] = await Promise.all([
    stats === undefined ? readSearchStats(db) : stats,
    db
      .selectFrom('items')
      .select('published_at')
      .where('published_at', '<', nextMonth(now))
      .orderBy(newest)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { now, stats: read, first: top?.published_at ?? now };
}
