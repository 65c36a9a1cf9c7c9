import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

export async function getMeta(db: Kysely<DB>, key: string): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setMeta(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Stores `value` under `key` unless the key has one already (another process may have won); returns the stored one. */
export async function setMetaIfAbsent(db: Kysely<DB>, key: string, value: string): Promise<string> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await getMeta(db, key)) ?? value;
}

/** Several keys' values in one query (absent keys are left out). */
export async function getMetas(db: Kysely<DB>, keys: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}
