import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, ItemEntitiesTable } from './db-types.js';

export interface ItemEntityRow {
  kind: ItemEntitiesTable['kind'];
  entityId: string;
  mentions: number;
  spellings: string[];
}

export interface ItemHorizonRow {
  showId: string;
  throughEpisode: number;
  confidence: number;
  evidence: unknown;
}

/** What an item's analysis puts in the store: the analysis itself and the rows pages query by. */
export interface ItemAnalysisRows {
  kind: string;
  analysis: unknown;
  analyzedWith: string;
  entities: ItemEntityRow[];
  horizons: ItemHorizonRow[];
}

export interface NewItem extends ItemAnalysisRows {
  id: string;
  feedId: number | null;
  guid: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  titleKey: string;
  publishedAt: Date | null;
  publishedDate: string | null;
  author: string | null;
  sourceName: string | null;
  mediaType: 'article' | 'video';
  videoId: string | null;
  imageUrl: string | null;
  /** The caption and credit the feed gave the image (migration 0016). */
  imageCaption: string | null;
  imageCredit: string | null;
  summary: string;
  contentHtml: string;
  doc: unknown;
}

/** Which of these GUIDs (of one feed) and canonical URLs are stored already. */
export async function findKnownKeys(
  db: Kysely<DB>,
  feedId: number | null,
  guids: string[],
  canonicalUrls: string[],
): Promise<{ guids: Set<string>; urls: Set<string> }> {
  const [byGuid, byUrl] = await Promise.all([
    guids.length && feedId !== null
      ? db.selectFrom('items').select('guid').where('feed_id', '=', feedId).where('guid', 'in', guids).execute()
      : [],
    canonicalUrls.length
      ? db.selectFrom('items').select('canonical_url').where('canonical_url', 'in', canonicalUrls).execute()
      : [],
  ]);
  return {
    guids: new Set(byGuid.map((r) => r.guid!)),
    urls: new Set(byUrl.map((r) => r.canonical_url!)),
  };
}

/** Titles (folded) of other feeds' items published between two times: the candidates for near-duplicates. */
export async function readTitlesBetween(
  db: Kysely<DB>,
  from: Date,
  to: Date,
  feedId: number | null,
  limit = 20_000,
): Promise<Array<{ id: string; title_key: string; published_at: Date | null }>> {
  return db
    .selectFrom('items')
    .select(['id', 'title_key', 'published_at'])
    .where('published_at', '>=', from)
    .where('published_at', '<=', to)
    .where((eb) => (feedId === null ? eb.val(true) : eb.or([eb('feed_id', 'is', null), eb('feed_id', '!=', feedId)])))
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
}

async function writeAnalysisRowsMany(trx: Transaction<DB>, items: Array<ItemAnalysisRows & { id: string }>) {
  const entities = items.flatMap((item) =>
    item.entities.map((e) => ({
      item_id: item.id,
      kind: e.kind,
      entity_id: e.entityId,
      mentions: e.mentions,
      spellings: JSON.stringify(e.spellings),
    })),
  );
  const horizons = items.flatMap((item) =>
    item.horizons.map((h) => ({
      item_id: item.id,
      show_id: h.showId,
      through_episode: h.throughEpisode,
      confidence: h.confidence,
      evidence: JSON.stringify(h.evidence),
    })),
  );
  if (entities.length) await trx.insertInto('item_entities').values(entities).execute();
  if (horizons.length) await trx.insertInto('item_horizons').values(horizons).execute();
}

function itemRow(item: NewItem) {
  return {
    id: item.id,
    feed_id: item.feedId,
    guid: item.guid,
    url: item.url,
    canonical_url: item.canonicalUrl,
    title: item.title,
    title_key: item.titleKey,
    published_at: item.publishedAt,
    published_date: item.publishedDate,
    author: item.author,
    source_name: item.sourceName,
    media_type: item.mediaType,
    video_id: item.videoId,
    image_url: item.imageUrl,
    image_caption: item.imageCaption,
    image_credit: item.imageCredit,
    summary: item.summary,
    content_html: item.contentHtml,
    doc: JSON.stringify(item.doc),
    kind: item.kind,
    analysis: JSON.stringify(item.analysis),
    analyzed_with: item.analyzedWith,
  };
}

/**
 * Stores an item with its links and horizons in one transaction: all of it or none of it. Returns false when an item
 * with the same id, canonical URL or feed GUID is stored already (nothing is written then).
 */
export async function insertItem(db: Kysely<DB>, item: NewItem): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('items')
      .values(itemRow(item))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await writeAnalysisRowsMany(trx, [item]);
    return true;
  });
}

/**
 * Stores many items in one transaction (all or none): the fast path for a feed's new items. Returns the ids that
 * were new; items already stored (same id, canonical URL or feed GUID) are left out. If the batch fails, nothing of
 * it is written and the caller stores the items one by one to find the bad one.
 */
export async function insertItems(db: Kysely<DB>, items: NewItem[]): Promise<Set<string>> {
  if (!items.length) return new Set();
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('items')
      .values(items.map(itemRow))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    await writeAnalysisRowsMany(
      trx,
      items.filter((i) => ids.has(i.id)),
    );
    return ids;
  });
}

/** A page of stored items for re-analysis, in id order after `afterId`. */
export async function readItemsForAnalysis(db: Kysely<DB>, afterId: string, limit: number) {
  return db
    .selectFrom('items')
    .select(['id', 'title', 'doc', 'kind', 'analysis', 'analyzed_with'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Replaces an item's analysis, links and horizons in one transaction. */
export async function replaceItemAnalysis(db: Kysely<DB>, id: string, rows: ItemAnalysisRows): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('item_entities').where('item_id', '=', id).execute();
    await trx.deleteFrom('item_horizons').where('item_id', '=', id).execute();
    await trx
      .updateTable('items')
      .set({
        kind: rows.kind,
        analysis: JSON.stringify(rows.analysis),
        analyzed_with: rows.analyzedWith,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeAnalysisRowsMany(trx, [{ id, ...rows }]);
  });
}

export async function countItems(db: Kysely<DB>): Promise<number> {
  const { n } = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Whether an item with this id is stored. */
export async function itemExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return !!(await db.selectFrom('items').select('id').where('id', '=', id).executeTakeFirst());
}

/** What the store holds: items with HTML and analysis, links (and the items with one), horizons (and theirs). */
export interface StoredRowCounts {
  items: number;
  links: number;
  linkedItems: number;
  horizons: number;
  heldItems: number;
}

export async function countStoredRows(db: Kysely<DB>): Promise<StoredRowCounts> {
  const { rows } = await sql<Record<keyof StoredRowCounts, string>>`select
      (select count(*) from items where content_html <> '' and analysis is not null) as "items",
      (select count(*) from item_entities) as "links",
      (select count(distinct item_id) from item_entities) as "linkedItems",
      (select count(*) from item_horizons) as "horizons",
      (select count(distinct item_id) from item_horizons) as "heldItems"`.execute(db);
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)])) as unknown as StoredRowCounts;
}
