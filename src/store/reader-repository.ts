import { type Kysely, sql } from 'kysely';
import type { DB, ItemEntitiesTable } from './db-types.js';

/**
 * The reader's item queries: pages of items newest first (with filters and a keyset cursor), their links and
 * horizons, one item whole, an episode's items, a show's buzz, and a person's spellings (item search: search-repository.ts). Nothing here
 * decides what a reader may see: the services in src/reader pass every row through the spoiler gate.
 */

export interface ItemCardRow {
  id: string;
  title: string;
  url: string | null;
  source_name: string | null;
  author: string | null;
  published_at: Date | null;
  kind: string;
  media_type: 'article' | 'video';
  video_id: string | null;
  image_url: string | null;
  image_caption: string | null;
  image_credit: string | null;
  summary: string;
}

export interface ItemCursor {
  publishedAt: Date | null;
  id: string;
}

/** A reader's gate as SQL parameters (the same rule as src/gate, which still decides every row returned). */
export interface GateFilter {
  /** Per show followed: the last episode watched. */
  progress: Array<[showId: string, watched: number]>;
  reveals: string[];
  unfollowedPolicy: 'hide' | 'show';
  /** `warn`: a followed show's unsure horizon (confidence below `unsureBelow`) does not hide its row. */
  unsurePolicy?: 'hide' | 'warn';
  unsureBelow?: number;
  /** Also rows hidden from the reader with a reason naming this show (listed as hidden cards on its lists). */
  cardsOf?: string;
}

export interface ItemFilter {
  showId?: string;
  personId?: string;
  kind?: string;
  media?: 'article' | 'video';
  /** Only these items (an episode's, a search's). */
  ids?: string[];
  after?: ItemCursor;
  /**
   * Only rows this reader may see, and kind and media matched on those alone: a hidden item never matches a filter
   * that would tell its kind. With `cardsOf`, hidden rows naming that show too, whatever their kind or media.
   */
  gate?: GateFilter;
}

const cardColumns = [
  'items.id',
  'items.title',
  'items.url',
  'items.source_name',
  'items.author',
  'items.published_at',
  'items.kind',
  'items.media_type',
  'items.video_id',
  'items.image_url',
  'items.image_caption',
  'items.image_credit',
  'items.summary',
] as const;

/**
 * A page of items, newest first (undated last), after the cursor. Filtered by a show or a person, the page is read
 * from that entity's links in index order (each link carries its item's `published_at`, migration 0005), so a page
 * costs the same whether the entity is named in ten items or ten thousand.
 */
export async function listItemCards(db: Kysely<DB>, filter: ItemFilter, limit: number): Promise<ItemCardRow[]> {
  if (filter.ids && !filter.ids.length) return [];
  const lead: { kind: ItemEntitiesTable['kind']; id: string } | null = filter.showId
    ? { kind: 'show', id: filter.showId }
    : filter.personId
      ? { kind: 'person', id: filter.personId }
      : null;
  let q = lead
    ? db
        .selectFrom('item_entities as e')
        .innerJoin('items', 'items.id', 'e.item_id')
        .where('e.kind', '=', lead.kind)
        .where('e.entity_id', '=', lead.id)
    : db.selectFrom('items');
  // Columns to order and page by: the link's copy of the date when reading from the links.
  const at = sql.ref<Date | null>(lead ? 'e.published_at' : 'items.published_at');
  const id = sql.ref<string>(lead ? 'e.item_id' : 'items.id');
  if (filter.showId && filter.personId)
    q = q.where('items.id', 'in', (eb) =>
      eb
        .selectFrom('item_entities')
        .select('item_id')
        .where('kind', '=', 'person')
        .where('entity_id', '=', filter.personId!),
    );
  const matches = [
    ...(filter.kind ? [sql<boolean>`items.kind = ${filter.kind}`] : []),
    ...(filter.media ? [sql<boolean>`items.media_type = ${filter.media}`] : []),
  ];
  const gate = filter.gate;
  if (gate) {
    const revealed = sql<boolean>`items.id = any(${gate.reveals}::text[])`;
    const shown = sql<boolean>`(${sql.join([sql`(${revealed} or not ${hiddenHorizon(gate)})`, ...matches], sql` and `)})`;
    const card =
      gate.cardsOf === undefined
        ? sql<boolean>`false`
        : sql<boolean>`(not ${revealed} and ${hiddenHorizon(gate, gate.cardsOf)})`;
    q = q.where(sql<boolean>`(${shown} or ${card})`);
  } else for (const m of matches) q = q.where(m);
  if (filter.ids) q = q.where('items.id', 'in', filter.ids);
  const after = filter.after;
  if (after)
    q = q.where((eb) =>
      after.publishedAt === null
        ? eb.and([eb(at, 'is', null), eb(id, '>', after.id)])
        : eb.or([
            eb(at, '<', after.publishedAt),
            eb.and([eb(at, '=', after.publishedAt), eb(id, '>', after.id)]),
            eb(at, 'is', null),
          ]),
    );
  return q.select(cardColumns).orderBy(sql`${at} desc nulls last`).orderBy(id).limit(limit).execute();
}

/**
 * True for a row with a horizon past the reader's progress (for `showId`: on that show): the gate's rule, so pages
 * are cut from what the reader may see, and a cursor or a "more" never comes from a hidden row.
 */
function hiddenHorizon(gate: GateFilter, showId?: string) {
  const shows = gate.progress.map(([id]) => id);
  const watched = gate.progress.map(([, n]) => n);
  return sql<boolean>`exists (select 1 from item_horizons h
    left join unnest(${shows}::text[], ${watched}::int[]) as p(show_id, watched) on p.show_id = h.show_id
    where h.item_id = items.id ${showId === undefined ? sql`` : sql`and h.show_id = ${showId}`}
      and case when p.watched is null then ${gate.unfollowedPolicy === 'hide'} and h.through_episode > 0
        else h.through_episode > p.watched
          and not (${gate.unsurePolicy === 'warn'} and h.confidence < ${gate.unsureBelow ?? 0})::boolean end)`;
}

export interface ItemLinkRows {
  entities: Array<{ item_id: string; kind: ItemEntitiesTable['kind']; entity_id: string; spellings: string[] }>;
  horizons: Array<{
    item_id: string;
    show_id: string;
    through_episode: number;
    confidence: number;
    evidence?: unknown;
  }>;
}

/** The links and horizons of these items; the horizons' evidence only when asked (an item page, not a list). */
export async function readItemLinks(
  db: Kysely<DB>,
  ids: string[],
  options: { evidence?: boolean } = {},
): Promise<ItemLinkRows> {
  if (!ids.length) return { entities: [], horizons: [] };
  const [entities, horizons] = await Promise.all([
    db
      .selectFrom('item_entities')
      .select(['item_id', 'kind', 'entity_id', 'spellings'])
      .where('item_id', 'in', ids)
      .orderBy('mentions', 'desc')
      .orderBy('entity_id')
      .execute(),
    db
      .selectFrom('item_horizons')
      .select(['item_id', 'show_id', 'through_episode', 'confidence'])
      .$if(options.evidence === true, (q) => q.select('evidence'))
      .where('item_id', 'in', ids)
      .execute(),
  ]);
  return { entities, horizons };
}

/** One item with its content and document, or undefined. */
export async function readItemContent(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('items')
    .select([...cardColumns, 'items.content_html', 'items.doc'])
    .where('items.id', '=', id)
    .executeTakeFirst();
}

/** Items whose horizon for a show is exactly this episode (what the press wrote about it). */
export async function listEpisodeItemIds(db: Kysely<DB>, showId: string, episode: number, limit: number) {
  const rows = await db
    .selectFrom('item_horizons')
    .innerJoin('items', 'items.id', 'item_horizons.item_id')
    .select('items.id')
    .where('item_horizons.show_id', '=', showId)
    .where('item_horizons.through_episode', '=', episode)
    .orderBy(sql`items.published_at desc nulls last`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Items naming the same shows as this one, nearest in time first. */
export async function listRelatedItemIds(
  db: Kysely<DB>,
  id: string,
  showIds: string[],
  at: Date | null,
  limit: number,
) {
  if (!showIds.length) return [];
  const when = at ?? new Date();
  const rows = await db
    .selectFrom('items')
    .select('items.id')
    .where('items.id', '!=', id)
    .where('items.id', 'in', (eb) =>
      eb.selectFrom('item_entities').select('item_id').where('kind', '=', 'show').where('entity_id', 'in', showIds),
    )
    .where('items.published_at', '>=', new Date(when.getTime() - 30 * 86_400_000))
    .where('items.published_at', '<=', new Date(when.getTime() + 30 * 86_400_000))
    .orderBy(sql`abs(extract(epoch from (items.published_at - ${when.toISOString()}::timestamptz)))`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Items per KST day that name the show. */
export async function countItemsPerDay(
  db: Kysely<DB>,
  showId: string,
): Promise<Array<{ date: string; count: number }>> {
  const rows = await db
    .selectFrom('item_entities')
    .innerJoin('items', 'items.id', 'item_entities.item_id')
    .select(['items.published_date as date', (eb) => eb.fn.countAll<string>().as('n')])
    .where('item_entities.kind', '=', 'show')
    .where('item_entities.entity_id', '=', showId)
    .where('items.published_date', 'is not', null)
    .groupBy('items.published_date')
    .orderBy('items.published_date')
    .execute();
  return rows.map((r) => ({ date: r.date!, count: Number(r.n) }));
}

/** The spellings each item used for an entity, newest items first. */
export async function listSpellingsByItem(db: Kysely<DB>, kind: ItemEntitiesTable['kind'], id: string, limit: number) {
  return db
    .selectFrom('item_entities')
    .innerJoin('items', 'items.id', 'item_entities.item_id')
    .select(['item_entities.item_id', 'item_entities.spellings'])
    .where('item_entities.kind', '=', kind)
    .where('item_entities.entity_id', '=', id)
    .orderBy(sql`items.published_at desc nulls last`)
    .limit(limit)
    .execute();
}

/** The horizons of these items. */
export async function readHorizons(db: Kysely<DB>, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('item_horizons')
    .select(['item_id', 'show_id', 'through_episode', 'confidence'])
    .where('item_id', 'in', ids)
    .execute();
}
