import { type Kysely, sql } from 'kysely';

/**
 * How the interface looks to each user: its language (`auto` follows the browser's Accept-Language) and its colour
 * scheme (`auto` follows prefers-color-scheme). A table of its own, so a user without a row simply has the defaults.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_preferences')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('auto').check(sql`locale in ('auto', 'en', 'ko')`))
    .addColumn('theme', 'text', (c) => c.notNull().defaultTo('auto').check(sql`theme in ('auto', 'light', 'dark')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('user_preferences').execute();
}
