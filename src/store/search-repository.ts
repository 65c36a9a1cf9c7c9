import { type Kysely, sql } from 'kysely';
import type { DB, ItemEntitiesTable } from './db-types.js';
import { toSearchQuery } from './search-query.js';

const newest = sql`published_at desc nulls last`;

/** Months back from the current one that each step covers; after the last, everything older (or undated). */
const bounds = [0, 1, 2, 3, 4, 6, 9, 14, 22, 36];
const steps = bounds.slice(1).map((to, k) => [bounds[k], to] as const);

/**
 * The newest `limit` items whose search vector (migration 0018) matches the tsquery text, newest first, found month
 * by month: this month, the last, the one before, and so on in steps half as long again (two months, three, five,
 * eight, fourteen), then the rest. Each step asks the
 * index for the words and those months' lexemes together, so a word in 7 % of a million items costs a month's
 * matches, not 74,000 rows read and sorted (2 s) or the newest items probed one by one until enough match (0.5 s for
 * a word in 0.8 %): 30-45 ms at a million items for the 7 % word. The database stops at the step that fills the limit
 * (the steps are branches of one UNION ALL under a LIMIT, run in order).
 */
function newestMatches(query: string, limit: number, now: Date) {
  const month = (back: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return `ym${d.getUTCFullYear() * 100 + d.getUTCMonth() + 1}`;
  };
  const parts = steps.map(([from, to]) => {
    const months = Array.from({ length: to - from }, (_, k) => `'${month(from + k)}'`).join(' | ');
    return sql`(select id, published_at from items
      where search_vector @@ (to_tsquery('simple', ${query}) && to_tsquery('simple', ${months}))
      order by ${newest}, id limit ${limit})`;
  });
  const older = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - steps[steps.length - 1][1] + 1, 1));
  parts.push(sql`(select id, published_at from items
    where search_vector @@ to_tsquery('simple', ${query}) and (published_at < ${older} or published_at is null)
    order by ${newest}, id limit ${limit})`);
  return sql<{ id: string; published_at: Date | null }>`select id, published_at from (${sql.join(
    parts,
    sql` union all `,
  )}) steps limit ${limit}`;
}

/** The bare full-text query: the newest items with every word of the text in their title, summary or text. */
export async function matchItemText(db: Kysely<DB>, text: string, limit: number, now = new Date()) {
  const query = toSearchQuery(text);
  return query ? (await newestMatches(query.all, limit, now).execute(db)).rows : [];
}

/**
 * The bare trigram query (the search before migration 0018, kept as the bench's baseline): the newest items whose
 * folded title holds the folded text, on the trigram index of `title_key`.
 */
export async function matchTitleKey(db: Kysely<DB>, titleKey: string, limit: number) {
  if (titleKey.length < 2) return [];
  return db
    .selectFrom('items')
    .select(['id', 'published_at'])
    .where('title_key', 'like', `%${titleKey.replace(/[\\%_]/g, '\\$&')}%`)
    .orderBy(newest)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Ids of items for a search, best first. The candidates are the newest `limit` of: the items that name one of these
 * entities (what the catalog found; each entity's list read in index order) and, with `matchText`, those that hold
 * every word in their title, summary or text. Among them, those whose title holds every word come first, then the
 * rest, newest first within each. One statement, one round trip.
 *
 * Only the candidates are checked for the title (a list of title matches of its own made the database read every
 * item holding a common word: 'beyond' & 'evil' is in 7 % of a million items, 2 s). Pass `matchText` false when the
 * words are a name the catalog knows: the linker has linked every item whose text names it, in any spelling, so the
 * entities' lists are that search already, read in index order.
 */
export async function searchItemIds(
  db: Kysely<DB>,
  entities: Array<{ kind: ItemEntitiesTable['kind']; id: string }>,
  text: string,
  limit: number,
  matchText = true,
  now = new Date(),
): Promise<string[]> {
  const query = toSearchQuery(text);
  const lists = [];
  if (query && matchText) lists.push(sql`(${newestMatches(query.all, limit, now)})`);
  if (entities.length)
    lists.push(sql`(select e.item_id as id, e.published_at
      from (values ${sql.join(entities.map((e) => sql`(${e.kind}, ${e.id})`))}) as wanted (kind, entity_id)
      cross join lateral (select item_id, published_at from item_entities x
        where x.kind = wanted.kind and x.entity_id = wanted.entity_id order by ${newest}, item_id limit ${limit}) e)`);
  if (!lists.length) return [];
  const inTitle = query ? sql`i.search_vector @@ to_tsquery('simple', ${query.title})` : sql`false`;
  const rows = await sql<{ id: string }>`select c.id from (
      select id, max(published_at) as published_at from (${sql.join(lists, sql` union all `)}) found
      group by id order by max(published_at) desc nulls last, id limit ${limit}
    ) c join items i on i.id = c.id
    order by ${inTitle} desc, c.published_at desc nulls last, c.id`.execute(db);
  return rows.rows.map((r) => r.id);
}
