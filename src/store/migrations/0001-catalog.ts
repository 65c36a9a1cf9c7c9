import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .createTable('networks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hangul', 'text')
    .addColumn('aliases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('file'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hangul', 'text', (c) => c.notNull())
    .addColumn('aliases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('file'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('shows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('hangul', 'text', (c) => c.notNull())
    .addColumn('aliases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('episode_count', 'integer', (c) => c.notNull())
    .addColumn('first_air_date', 'text')
    .addColumn('last_air_date', 'text')
    .addColumn('schedule', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('file'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('episodes')
    .addColumn('show_id', 'text', (c) => c.notNull().references('shows.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('air_date', 'text', (c) => c.notNull())
    .addColumn('rating', 'real')
    .addPrimaryKeyConstraint('episodes_pk', ['show_id', 'number'])
    .execute();
  await db.schema
    .createTable('cast_members')
    .addColumn('show_id', 'text', (c) => c.notNull().references('shows.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('character', 'text', (c) => c.notNull())
    .addColumn('character_hangul', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cast_members_pk', ['show_id', 'person_id', 'character'])
    .execute();
  await db.schema.createIndex('cast_members_person_idx').on('cast_members').column('person_id').execute();
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await sql`create index people_search_trgm on people using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index shows_search_trgm on shows using gin (search_text gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['meta', 'cast_members', 'episodes', 'shows', 'people', 'networks'])
    await db.schema.dropTable(t).execute();
}
