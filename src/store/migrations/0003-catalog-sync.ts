import { type Kysely, sql } from 'kysely';

/** The catalog fields each table's provenance covers; rows stored before this migration get their row's source. */
const fieldsOf: Record<'networks' | 'people' | 'shows', string[]> = {
  networks: ['name', 'hangul', 'aliases'],
  people: ['name', 'hangul', 'aliases'],
  shows: [
    'title',
    'hangul',
    'aliases',
    'network',
    'episodeCount',
    'episodes',
    'firstAirDate',
    'lastAirDate',
    'schedule',
    'cast',
  ],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, fields] of Object.entries(fieldsOf)) {
    await db.schema
      .alterTable(table)
      .addColumn('source_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute();
    await db.schema
      .alterTable(table)
      .addColumn('provenance', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute();
    const pairs = fields.flatMap((f) => [sql.lit(f), sql.ref('source')]);
    await sql`update ${sql.table(table)} set provenance = jsonb_build_object(${sql.join(pairs)})`.execute(db);
  }
  await sql`create index shows_tmdb_idx on shows ((source_ids->>'tmdb'))`.execute(db);
  await sql`create index shows_wikidata_idx on shows ((source_ids->>'wikidata'))`.execute(db);
  await db.schema
    .createTable('unknown_titles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('samples', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('first_seen', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('unknown_titles').execute();
  await sql`drop index if exists shows_tmdb_idx`.execute(db);
  await sql`drop index if exists shows_wikidata_idx`.execute(db);
  for (const table of Object.keys(fieldsOf))
    await db.schema.alterTable(table).dropColumn('source_ids').dropColumn('provenance').execute();
}
