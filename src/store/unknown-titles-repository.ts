import type { Kysely } from 'kysely';
import { titleKey } from '../titles/normalize-title.js';
import type { DB } from './db-types.js';

export interface UnknownTitleSample {
  itemId: string;
  title: string | null;
  url: string | null;
}

export interface UnknownTitleRow {
  key: string;
  title: string;
  /** How many items presented it as a drama. */
  count: number;
  /** Up to five of those items. */
  samples: UnknownTitleSample[];
  firstSeen: Date;
  lastSeen: Date;
}

export interface UnknownTitlesInput {
  itemId: string;
  itemTitle: string | null;
  url: string | null;
  /** Titles the item presents as dramas that the catalog lacks (see findUnknownTitles). */
  titles: Array<string | { title: string }>;
}

const maxSamples = 5;

/**
 * Counts each title once per item (an item recorded again is not counted twice while it is among the samples) and
 * keeps up to five sample items per title.
 */
export async function recordUnknownTitles(db: Kysely<DB>, input: UnknownTitlesInput): Promise<void> {
  const now = new Date().toISOString();
  const sample: UnknownTitleSample = { itemId: input.itemId, title: input.itemTitle, url: input.url };
  const byKey = new Map<string, string>();
  for (const t of input.titles) {
    const title = (typeof t === 'string' ? t : t.title).trim();
    const key = titleKey(title).key;
    if (key && !byKey.has(key)) byKey.set(key, title);
  }
  if (!byKey.size) return;
  await db.transaction().execute(async (trx) => {
    for (const [key, title] of byKey) {
      const row = await trx
        .selectFrom('unknown_titles')
        .select(['count', 'samples'])
        .where('key', '=', key)
        .forUpdate()
        .executeTakeFirst();
      if (!row) {
        await trx
          .insertInto('unknown_titles')
          .values({ key, title, count: 1, samples: JSON.stringify([sample]), first_seen: now, last_seen: now })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        continue;
      }
      if (row.samples.some((s) => s.itemId === input.itemId)) continue;
      const samples = row.samples.length < maxSamples ? [...row.samples, sample] : row.samples;
      await trx
        .updateTable('unknown_titles')
        .set({ count: row.count + 1, samples: JSON.stringify(samples), last_seen: now })
        .where('key', '=', key)
        .execute();
    }
  });
}

/** Unknown titles, the most often seen first. */
export async function listUnknownTitles(db: Kysely<DB>, limit = 100): Promise<UnknownTitleRow[]> {
  const rows = await db
    .selectFrom('unknown_titles')
    .selectAll()
    .orderBy('count', 'desc')
    .orderBy('last_seen', 'desc')
    .orderBy('key')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    key: r.key,
    title: r.title,
    count: r.count,
    samples: r.samples,
    firstSeen: new Date(r.first_seen),
    lastSeen: new Date(r.last_seen),
  }));
}

/** Forgets an unknown title (once it is in the catalog); true when there was one. */
export async function removeUnknownTitle(db: Kysely<DB>, title: string): Promise<boolean> {
  const result = await db.deleteFrom('unknown_titles').where('key', '=', titleKey(title).key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
