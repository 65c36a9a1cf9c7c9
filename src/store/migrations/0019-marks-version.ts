import { type Kysely, sql } from 'kysely';

/** The tables whose changes bump their user's `users.marks_version`. */
export const markTables = ['item_reads', 'item_stars'];

/**
 * A counter per user that says their read marks or stars changed, whoever changed them (this server, a second one on
 * the same PostgreSQL, the CLI, a feed's removal cascading to its items). The reader keeps each user's marks among
 * the newest items in memory and reads this counter with their state on every request, so the marks are read again
 * only when they changed (they were read again every 5 s, in case another process had changed them).
 *
 * Statement triggers over transition tables: one update per statement and user, however many rows it wrote (marking
 * a thousand items read bumps the counter once). A user's deletion cascades to their marks; the update then finds
 * the user row already gone and does nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column marks_version bigint not null default 0`.execute(db);
  await sql`create function marks_version_bump() returns trigger language plpgsql as $$
    begin
      update users set marks_version = marks_version + 1 where id in (select distinct user_id from changed);
      return null;
    end $$`.execute(db);
  await sql`create function marks_version_bump_all() returns trigger language plpgsql as $$
    begin
      update users set marks_version = marks_version + 1;
      return null;
    end $$`.execute(db);
  for (const table of markTables) {
    for (const [event, rows] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ])
      await sql`create trigger ${sql.raw(`${table}_marks_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        referencing ${sql.raw(rows)} table as changed for each statement execute function marks_version_bump()`.execute(
        db,
      );
    await sql`create trigger ${sql.raw(`${table}_marks_truncate`)} after truncate on ${sql.table(table)}
      for each statement execute function marks_version_bump_all()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of markTables)
    for (const event of ['insert', 'update', 'delete', 'truncate'])
      await sql`drop trigger ${sql.raw(`${table}_marks_${event}`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function marks_version_bump()`.execute(db);
  await sql`drop function marks_version_bump_all()`.execute(db);
  await sql`alter table users drop column marks_version`.execute(db);
}
