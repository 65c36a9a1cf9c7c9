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

/** Another feed's item with a near-identical title published within a day and a half of this one, if any. */
export async function findNearDuplicate(
  db: Kysely<DB>,
  titleKey: string,
  publishedAt: Date,
  feedId: number | null,
): Promise<string | null> {
  const window = 36 * 3600_000;
  const row = await db
    .selectFrom('items')
    .select('id')
    .where('published_at', '>=', new Date(publishedAt.getTime() - window))
    .where('published_at', '<=', new Date(publishedAt.getTime() + window))
    .where(sql<boolean>`similarity(title_key, ${titleKey}) >= 0.85`)
    .where((eb) => (feedId === null ? eb.val(true) : eb.or([eb('feed_id', 'is', null), eb('feed_id', '!=', feedId)])))
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function writeAnalysisRows(trx: Transaction<DB>, id: string, rows: ItemAnalysisRows): Promise<void> {
  if (rows.entities.length)
    await trx
      .insertInto('item_entities')
      .values(
        rows.entities.map((e) => ({
          item_id: id,
          kind: e.kind,
          entity_id: e.entityId,
          mentions: e.mentions,
          spellings: JSON.stringify(e.spellings),
        })),
      )
      .execute();
  if (rows.horizons.length)
    await trx
      .insertInto('item_horizons')
      .values(
        rows.horizons.map((h) => ({
          item_id: id,
          show_id: h.showId,
          through_episode: h.throughEpisode,
          confidence: h.confidence,
          evidence: JSON.stringify(h.evidence),
        })),
      )
      .execute();
}

/**
 * Stores an item with its links and horizons in one transaction: all of it or none of it. Returns false when an item
 * with the same id, canonical URL or feed GUID is stored already (nothing is written then).
 */
export async function insertItem(db: Kysely<DB>, item: NewItem): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('items')
      .values({
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
        summary: item.summary,
        content_html: item.contentHtml,
        doc: JSON.stringify(item.doc),
        kind: item.kind,
        analysis: JSON.stringify(item.analysis),
        analyzed_with: item.analyzedWith,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await writeAnalysisRows(trx, item.id, item);
    return true;
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
    await writeAnalysisRows(trx, id, rows);
  });
}

export async function countItems(db: Kysely<DB>): Promise<number> {
  const { n } = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
