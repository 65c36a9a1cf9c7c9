import { type Kysely, sql } from 'kysely';

/** The item tables whose every change bumps `meta.items_version`. */
export const itemTables = ['items', 'item_entities', 'item_horizons'];

/**
 * A counter that says the stored items changed (an item, its links or its horizons), whoever changed them: ingest
 * in the server, the CLI in another process, a feed's removal cascading to its items. The reader keeps the newest
 * items in memory, shared by all readers (rows the gate then decides per reader), and reads this counter with each
 * reader's state to know whether they are still current. Triggers keep it, so no writer has to remember.
 *
 * The row triggers are deferred to commit and bump the counter once per transaction: the counter's row lock is taken
 * last, when nothing else is left to wait for (taken at the first write, two ingests sharing an item could deadlock:
 * one holding the counter and waiting for the other's item, the other waiting for the counter).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into meta (key, value) values ('items_version', '1') on conflict (key) do nothing`.execute(db);
  await sql`create function items_version_bump() returns trigger language plpgsql as $$
    begin
      if current_setting('haebang.items_bumped', true) is distinct from 'on' then
        perform set_config('haebang.items_bumped', 'on', true);
        update meta set value = (value::bigint + 1)::text where key = 'items_version';
      end if;
      return null;
    end $$`.execute(db);
  for (const table of itemTables) {
    await sql`create constraint trigger ${sql.raw(`${table}_items_version`)} after insert or update or delete
      on ${sql.table(table)} deferrable initially deferred for each row execute function items_version_bump()`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`${table}_items_version_truncate`)} after truncate on ${sql.table(table)}
      for each statement execute function items_version_bump()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of itemTables) {
    await sql`drop trigger ${sql.raw(`${table}_items_version`)} on ${sql.table(table)}`.execute(db);
    await sql`drop trigger ${sql.raw(`${table}_items_version_truncate`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function items_version_bump()`.execute(db);
  await sql`delete from meta where key = 'items_version'`.execute(db);
}
