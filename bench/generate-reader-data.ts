import { type Kysely, sql } from 'kysely';
import { ensureStarterCatalog } from '../src/catalog/ensure-starter-catalog.js';
import { readCatalog } from '../src/store/catalog-repository.js';
import type { DB } from '../src/store/db-types.js';
import { insertFeed } from '../src/store/feeds-repository.js';
import { copyReaderItems } from './copy-reader-items.js';
import { generateReaders } from './generate-readers.js';
import { fillerParagraphs, makeReaderItems } from './make-reader-items.js';

export interface ReaderDataOptions {
  items?: number;
  users?: number;
  seed?: number;
  /** Also read marks and stars for every reader (generate-readers.ts). */
  marks?: boolean;
  /** Each generated item this many times in all (copies made in SQL, see copy-reader-items.ts); 1 by default. */
  copies?: number;
}

export interface ReaderData {
  items: number;
  entities: number;
  horizons: number;
  users: number;
  seconds: number;
}

const fillerHtml = fillerParagraphs.map((p) => `<p>${p}</p>`).join('');
const fillerText = `\n\n${fillerParagraphs.join('\n\n')}`;

/**
 * Fills a fresh, migrated database with the starter catalog, `items` items and `users` readers, fast: items are
 * generated in memory and sent 2,000 at a time as one JSON parameter that the server unpacks with
 * `jsonb_to_recordset` (one statement per table per batch, all in one transaction).
 */
export async function generateReaderData(db: Kysely<DB>, options: ReaderDataOptions = {}): Promise<ReaderData> {
  const count = options.items ?? 100_000;
  const userCount = options.users ?? 1000;
  const t0 = performance.now();
  await ensureStarterCatalog(db);
  const catalog = await readCatalog(db);
  const feedIds: number[] = [];
  for (let f = 0; f < 40; f++) {
    const feed = await insertFeed(db, { url: `https://news${f}.example/rss`, title: `News ${f}` });
    feedIds.push(feed!.id);
  }
  let entities = 0;
  let horizons = 0;
  const itemIds: string[] = [];
  await db.transaction().execute(async (trx) => {
    // Bulk load: the rows are consistent by construction, so (as a superuser may) skip the per-row foreign-key
    // triggers, and build the secondary indexes once at the end instead of row by row.
    const su = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(
      trx,
    );
    if (su.rows[0]?.su) await sql`set local session_replication_role = replica`.execute(trx);
    // The indexes are built once at the end: with room to sort in memory (64 MB by default), GIN builds take half as long.
    await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    const indexes = await sql<{ name: string; def: string }>`select i.indexname as name, i.indexdef as def
      from pg_indexes i where i.schemaname = current_schema()
        and i.tablename in ('items', 'item_entities', 'item_horizons')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(trx);
    for (const index of indexes.rows) await sql`drop index ${sql.ref(index.name)}`.execute(trx);
    for (const batch of makeReaderItems(catalog, feedIds, count, 2000, options.seed ?? 11)) {
      await sql`insert into items (id, feed_id, guid, url, canonical_url, title, title_key, published_at,
          published_date, source_name, media_type, video_id, image_url, summary, content_html, doc, kind, analysis,
          analyzed_with)
        select x.id, x.feed_id, x.guid, x.url, x.url, x.title, x.title_key, x.published_at, x.published_date,
          x.source_name, x.media_type, x.video_id, x.image_url, x.summary,
          '<p>' || x.summary || '</p>' || ${fillerHtml}::text,
          jsonb_set(x.doc, '{text}', to_jsonb((x.doc->>'text') || ${fillerText}::text)), x.kind, x.analysis, x.analyzed_with
        from jsonb_to_recordset(${JSON.stringify(batch.items)}::jsonb) as x(id text, feed_id integer, guid text,
          url text, title text, title_key text, published_at timestamptz, published_date text, source_name text,
          media_type text, video_id text, image_url text, summary text, doc jsonb, kind text, analysis jsonb,
          analyzed_with text)`.execute(trx);
      await sql`insert into item_entities (item_id, kind, entity_id, mentions, spellings, published_at)
        select x.item_id, x.kind, x.entity_id, x.mentions, x.spellings, x.published_at
        from jsonb_to_recordset(${JSON.stringify(batch.entities)}::jsonb) as x(item_id text, kind text,
          entity_id text, mentions integer, spellings jsonb, published_at timestamptz)`.execute(trx);
      if (batch.horizons.length)
        await sql`insert into item_horizons (item_id, show_id, through_episode, confidence, evidence)
          select x.item_id, x.show_id, x.through_episode, x.confidence, x.evidence
          from jsonb_to_recordset(${JSON.stringify(batch.horizons)}::jsonb)
            as x(item_id text, show_id text, through_episode integer, confidence real, evidence jsonb)`.execute(trx);
      entities += batch.entities.length;
      horizons += batch.horizons.length;
      for (const item of batch.items) itemIds.push(item.id);
    }
    const copies = options.copies ?? 1;
    if (copies > 1) {
      const added = await copyReaderItems(trx, copies);
      entities += added.entities;
      horizons += added.horizons;
    }
    for (const index of indexes.rows) await sql.raw(index.def).execute(trx);
  });
  const newest = options.marks
    ? await db
        .selectFrom('items')
        .select('id')
        .orderBy(sql`published_at desc nulls last`)
        .orderBy('id')
        .limit(2000)
        .execute()
    : [];
  const newestIds = newest.map((r) => r.id);
  const users = await generateReaders(db, catalog.shows, itemIds, userCount, (options.seed ?? 11) + 1, newestIds);
  // What autovacuum does on a server after a bulk load (PGlite has no autovacuum): fresh planner statistics.
  await sql`analyze`.execute(db);
  return { items: count * (options.copies ?? 1), entities, horizons, users, seconds: (performance.now() - t0) / 1000 };
}
