import { type Kysely, sql } from 'kysely';
import type { DB, ItemEntitiesTable } from './db-types.js';
import { matchContext, newestMatches } from './newest-matches.js';
import { toSearchQuery } from './search-query.js';
import type { SearchStats } from './search-stats.js';

const newest = sql`published_at desc nulls last`;

/** The bare full-text query: the newest items with every word of the text in their title, summary or text. */
export async function matchItemText(
  db: Kysely<DB>,
  text: string,
  limit: number,
  now = new Date(),
  stats?: SearchStats | null,
) {
  const query = toSearchQuery(text);
  if (!query) return [];
  return (await newestMatches(query, limit, await matchContext(db, now, stats)).execute(db)).rows;
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
 * rest, newest first within each. One statement (with `matchText`, after a look at the newest item and, every five
 * minutes, at the items' statistics: newest-matches.ts). `stats`: given instead of read (tests).
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
  stats?: SearchStats | null,
): Promise<string[]> {
  const query = toSearchQuery(text);
  const lists = [];
  if (query && matchText) lists.push(sql`(${newestMatches(query, limit, await matchContext(db, now, stats))})`);
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
