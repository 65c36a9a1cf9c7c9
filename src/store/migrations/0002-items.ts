import { type Kysely, sql } from 'kysely';

/** Feeds, the items ingested from them (or added by hand), and each item's links and spoiler horizons. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('site_url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('feed'))
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('next_fetch_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_fetched_at', 'timestamptz')
    .addColumn('last_success_at', 'timestamptz')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('feeds_due').on('feeds').column('next_fetch_at').execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feed_id', 'integer', (c) => c.references('feeds.id').onDelete('cascade'))
    .addColumn('guid', 'text')
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_date', 'text')
    .addColumn('author', 'text')
    .addColumn('source_name', 'text')
    .addColumn('media_type', 'text', (c) => c.notNull().defaultTo('article'))
    .addColumn('video_id', 'text')
    .addColumn('image_url', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('analysis', 'jsonb', (c) => c.notNull())
    .addColumn('analyzed_with', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index items_canonical_url on items (canonical_url) where canonical_url is not null`.execute(
    db,
  );
  await sql`create unique index items_feed_guid on items (feed_id, guid) where guid is not null`.execute(db);
  await sql`create index items_published on items (published_at desc nulls last, id)`.execute(db);
  await sql`create index items_title_key_trgm on items using gin (title_key gin_trgm_ops)`.execute(db);

  await db.schema
    .createTable('item_entities')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('spellings', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_entities_pk', ['item_id', 'kind', 'entity_id'])
    .execute();
  await db.schema.createIndex('item_entities_entity').on('item_entities').columns(['kind', 'entity_id']).execute();

  await db.schema
    .createTable('item_horizons')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('show_id', 'text', (c) => c.notNull())
    .addColumn('through_episode', 'integer', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_horizons_pk', ['item_id', 'show_id'])
    .execute();
  await db.schema
    .createIndex('item_horizons_show')
    .on('item_horizons')
    .columns(['show_id', 'through_episode'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['item_horizons', 'item_entities', 'items', 'feeds']) await db.schema.dropTable(table).execute();
}
