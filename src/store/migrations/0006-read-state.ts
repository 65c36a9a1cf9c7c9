import { type Kysely, sql } from 'kysely';

/**
 * Per user and item: read marks and stars (saved for later), and the secret token of the user's own Atom and JSON
 * feeds. Item ids are plain text with no foreign key, like reveals: a user's state must outlive a feed's removal and
 * a re-import, and it is only ever read for items that exist. `feed_tokens` keeps a hash of the token, never the
 * token; `hidden_items` is the user's choice for hidden items in those feeds: listed as bare "hidden" entries, or
 * left out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('item_reads')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('item_reads_pk', ['user_id', 'item_id'])
    .execute();
  await db.schema
    .createTable('item_stars')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('starred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('item_stars_pk', ['user_id', 'item_id'])
    .execute();
  await sql`create index item_stars_user_starred on item_stars (user_id, starred_at desc, item_id)`.execute(db);
  await db.schema
    .createTable('feed_tokens')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('hidden_items', 'text', (c) =>
      c.notNull().defaultTo('list').check(sql`hidden_items in ('list', 'omit')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['feed_tokens', 'item_stars', 'item_reads']) await db.schema.dropTable(t).execute();
}
