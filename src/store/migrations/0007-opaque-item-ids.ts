import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { itemDigestOf, itemIdKeyMetaKey, keyedItemId } from '../../ingest/item-id.js';

/**
 * Item ids that say nothing about the item. Demo items had their name as id (`demo-mln-ep12-bts`: show, episode and
 * kind, in a hidden card's HTML id, links and JSON), feed items an unkeyed digest of their URL (anyone could check a
 * guess). Every item gets the id ingest now makes: its digest keyed by this installation's secret (made here). A
 * feed item's digest is its old id; a demo item's is that of its name (kept as its GUID). Every table with an
 * `item_id` follows (links, horizons, reveals, reads, stars), the foreign keys dropped meanwhile and put back as
 * they were; the samples of unknown titles too. One transaction: all of it or none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const stored = await sql<{ value: string }>`select value from meta where key = ${itemIdKeyMetaKey}`.execute(db);
  const key = stored.rows[0]?.value ?? randomBytes(32).toString('hex');
  if (!stored.rows.length) await sql`insert into meta (key, value) values (${itemIdKeyMetaKey}, ${key})`.execute(db);

  const items = await sql<{ id: string; feed_id: number | null; guid: string | null }>`
    select id, feed_id, guid from items`.execute(db);
  if (!items.rows.length) return;
  const map = new Map<string, string>();
  for (const r of items.rows) {
    const demo = r.feed_id === null && r.guid !== null && r.id === r.guid;
    const digest = demo ? itemDigestOf({ url: null, guid: r.guid, title: '', publishedAt: null }, null) : r.id;
    map.set(r.id, keyedItemId(key, digest));
  }

  await sql`create temporary table item_id_map (old_id text primary key, new_id text not null) on commit drop`.execute(
    db,
  );
  const pairs = [...map];
  for (let i = 0; i < pairs.length; i += 500) {
    const rows = pairs.slice(i, i + 500).map(([o, n]) => sql`(${o}, ${n})`);
    await sql`insert into item_id_map (old_id, new_id) values ${sql.join(rows)}`.execute(db);
  }

  const fks = await sql<{ name: string; tbl: string; def: string }>`
    select c.conname as name, t.relname as tbl, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where c.contype = 'f' and c.confrelid = 'items'::regclass`.execute(db);
  for (const fk of fks.rows)
    await sql`alter table ${sql.table(fk.tbl)} drop constraint ${sql.ref(fk.name)}`.execute(db);

  await sql`update items set id = m.new_id from item_id_map m where items.id = m.old_id`.execute(db);
  const tables = await sql<{ tbl: string }>`
    select table_name as tbl from information_schema.columns
    where column_name = 'item_id' and table_schema = current_schema()`.execute(db);
  for (const { tbl } of tables.rows)
    await sql`update ${sql.table(tbl)} t set item_id = m.new_id from item_id_map m where t.item_id = m.old_id`.execute(
      db,
    );
  // Triggers deferred to commit (0010's items version, on a database that has it) leave events pending, and a table
  // with pending events cannot be altered: fire them now.
  await sql`set constraints all immediate`.execute(db);
  for (const fk of fks.rows)
    await sql`alter table ${sql.table(fk.tbl)} add constraint ${sql.ref(fk.name)} ${sql.raw(fk.def)}`.execute(db);

  const unknown = await sql<{ key: string; samples: Array<{ itemId: string }> }>`
    select key, samples from unknown_titles`.execute(db);
  for (const row of unknown.rows) {
    const samples = row.samples.map((s) => ({ ...s, itemId: map.get(s.itemId) ?? s.itemId }));
    await sql`update unknown_titles set samples = ${JSON.stringify(samples)}::jsonb where key = ${row.key}`.execute(db);
  }
}

/** The old ids cannot be made again from the keyed ones (that is the point); going down leaves the ids as they are. */
export async function down(): Promise<void> {}
