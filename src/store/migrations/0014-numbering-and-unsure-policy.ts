import { type Kysely, sql } from 'kysely';

/**
 * Two facts of issue 11. `shows.split_broadcast`: a show broadcast in parts (parts per episode, and whether the
 * catalog counts parts or streamed episodes), null when not known to be. `users.unsure_policy`: what the reader does
 * with an item hidden only by horizons the analyser is unsure of (`hide`, the default, or `warn`: show it with a
 * warning).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shows').addColumn('split_broadcast', 'jsonb').execute();
  await db.schema
    .alterTable('users')
    .addColumn('unsure_policy', 'text', (c) =>
      c.notNull().defaultTo('hide').check(sql`unsure_policy in ('hide', 'warn')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('unsure_policy').execute();
  await db.schema.alterTable('shows').dropColumn('split_broadcast').execute();
}
