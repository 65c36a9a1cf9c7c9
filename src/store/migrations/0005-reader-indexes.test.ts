import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../../test/storage-targets.js';
import type { DB } from '../db-types.js';
import { insertItem, type NewItem } from '../items-repository.js';
import type { Database } from '../open-database.js';
import { down, up } from './0005-reader-indexes.js';

function item(id: string, publishedAt: Date | null): NewItem {
  return {
    id,
    feedId: null,
    guid: null,
    url: null,
    canonicalUrl: null,
    title: `Item ${id}`,
    titleKey: `item ${id}`,
    publishedAt,
    publishedDate: null,
    author: null,
    sourceName: null,
    mediaType: 'article',
    videoId: null,
    imageUrl: null,
    imageCaption: null,
    imageCredit: null,
    summary: '',
    contentHtml: '',
    doc: {},
    kind: 'news',
    analysis: {},
    analyzedWith: 'test',
    entities: [
      { kind: 'show', entityId: 'my-liberation-notes', mentions: 1, spellings: ['My Liberation Notes'] },
      { kind: 'person', entityId: 'kim-ji-won', mentions: 2, spellings: ['Kim Ji-won', '김지원'] },
    ],
    horizons: [],
  };
}

const linkDates = async (db: Kysely<DB>, id: string) =>
  (await db.selectFrom('item_entities').select('published_at').where('item_id', '=', id).execute()).map((r) =>
    r.published_at === null ? null : r.published_at.toISOString(),
  );

for (const target of storageTargets)
  describe.skipIf(!target.available)(`0005-reader-indexes on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => database?.close());

    it('copies the item’s published_at to its links when they are written and when it changes', async () => {
      const { db } = database;
      await insertItem(db, item('a', new Date('2024-03-01T12:00:00Z')));
      await insertItem(db, item('b', null));
      expect(await linkDates(db, 'a')).toEqual(['2024-03-01T12:00:00.000Z', '2024-03-01T12:00:00.000Z']);
      expect(await linkDates(db, 'b')).toEqual([null, null]);
      await db
        .updateTable('items')
        .set({ published_at: new Date('2024-03-02T00:00:00Z') })
        .where('id', '=', 'a')
        .execute();
      expect(await linkDates(db, 'a')).toEqual(['2024-03-02T00:00:00.000Z', '2024-03-02T00:00:00.000Z']);
      // A writer cannot store another date than the item's.
      await db
        .updateTable('item_entities')
        .set({ published_at: new Date('2020-01-01T00:00:00Z') })
        .execute();
      expect(await linkDates(db, 'a')).toEqual(['2024-03-02T00:00:00.000Z', '2024-03-02T00:00:00.000Z']);
    });

    it('reads a show’s newest items in index order, with no sort', async () => {
      const plan = await database.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        const r = await sql<{ 'QUERY PLAN': string }>`explain select item_id from item_entities
          where kind = 'show' and entity_id = 'my-liberation-notes'
          order by published_at desc nulls last, item_id limit 31`.execute(trx);
        return r.rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('item_entities_entity_published');
      expect(plan).not.toMatch(/\bSort\b/);
    });

    it('fills the copies of items stored before it (down, then up again)', async () => {
      const { db } = database;
      await down(db as Kysely<unknown>);
      await db
        .insertInto('items')
        .values({ ...rowOf('c'), published_at: new Date('2023-05-05T05:00:00Z') })
        .execute();
      await sql`insert into item_entities (item_id, kind, entity_id, mentions, spellings)
        values ('c', 'show', 'goblin', 1, '["Goblin"]')`.execute(db);
      await up(db as Kysely<unknown>);
      expect(await linkDates(db, 'c')).toEqual(['2023-05-05T05:00:00.000Z']);
      expect(await linkDates(db, 'b')).toEqual([null, null]);
    });
  });

function rowOf(id: string) {
  return {
    id,
    title: `Item ${id}`,
    title_key: `item ${id}`,
    published_date: null,
    doc: '{}',
    kind: 'news',
    analysis: '{}',
    analyzed_with: 'test',
    feed_id: null,
    guid: null,
    url: null,
    canonical_url: null,
    author: null,
    source_name: null,
    media_type: 'article' as const,
    video_id: null,
    image_url: null,
    summary: '',
    content_html: '',
  };
}
