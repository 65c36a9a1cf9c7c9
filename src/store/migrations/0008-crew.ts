import { type Kysely, sql } from 'kysely';

/** A show's crew: its directors, writers and creators, in the order the catalog lists them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crew_members')
    .addColumn('show_id', 'text', (c) => c.notNull().references('shows.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('director', 'writer', 'creator')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('crew_members_pk', ['show_id', 'person_id', 'role'])
    .execute();
  await db.schema.createIndex('crew_members_person_idx').on('crew_members').column('person_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('crew_members').execute();
}
