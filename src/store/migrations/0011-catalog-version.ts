import { type Kysely, sql } from 'kysely';

/** The catalog tables whose every change bumps `meta.catalog_version`. A new catalog table gets the trigger too. */
export const catalogTables = ['networks', 'people', 'shows', 'episodes', 'cast_members'];

/**
 * A counter that says the catalog changed, whoever changed it (an import from the CLI in another process, the daily
 * sync, the settings page): a running server compares it with the version its linker was built from and rebuilds
 * the linker when it moved, so a `catalog import` from the command line shows in the server at once. Triggers keep
 * it, so no writer has to remember.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into meta (key, value) values ('catalog_version', '1') on conflict (key) do nothing`.execute(db);
  await sql`create function catalog_version_bump() returns trigger language plpgsql as $$
    begin
      update meta set value = (value::bigint + 1)::text where key = 'catalog_version';
      return null;
    end $$`.execute(db);
  for (const table of catalogTables)
    await sql`create trigger ${sql.raw(`${table}_catalog_version`)} after insert or update or delete or truncate
      on ${sql.table(table)} for each statement execute function catalog_version_bump()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of catalogTables)
    await sql`drop trigger ${sql.raw(`${table}_catalog_version`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function catalog_version_bump()`.execute(db);
  await sql`delete from meta where key = 'catalog_version'`.execute(db);
}
