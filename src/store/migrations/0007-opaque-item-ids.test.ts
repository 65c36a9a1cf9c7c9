import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../../test/storage-targets.js';
import { itemDigestOf, itemIdKey, itemIdOf } from '../../ingest/item-id.js';
import { insertItem, type NewItem } from '../items-repository.js';
import type { Database } from '../open-database.js';
import { up } from './0007-opaque-item-ids.js';

function item(id: string, guid: string | null, url: string | null): NewItem {
  return {
    id,
    feedId: null,
    guid,
    url,
    canonicalUrl: url,
    title: `Item ${id}`,
    titleKey: `item ${id}`,
    publishedAt: new Date('2024-03-01T12:00:00Z'),
    publishedDate: '2024-03-01',
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
    kind: 'recap',
    analysis: {},
    analyzedWith: 'test',
    entities: [{ kind: 'show', entityId: 'my-liberation-notes', mentions: 1, spellings: ['My Liberation Notes'] }],
    horizons: [{ showId: 'my-liberation-notes', throughEpisode: 12, confidence: 1, evidence: [] } as never],
  };
}

const url = 'https://news.example.com/2024/03/my-liberation-notes-episode-12-recap';
/** The id ingest gave a page before this migration: an unkeyed digest of its URL. */
const oldFeedId = itemDigestOf({ url, guid: null, title: '', publishedAt: null }, 1);

for (const target of storageTargets)
  describe.skipIf(!target.available)(`0007-opaque-item-ids on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => database?.close());

    it('gives every stored item the keyed id ingest makes now, and moves everything that points at it', async () => {
      const { db } = database;
      await insertItem(db, item('demo-mln-ep12-bts', 'demo-mln-ep12-bts', null));
      await insertItem(db, item(oldFeedId, null, url));
      const user = await db
        .insertInto('users')
        .values({ name: 'bo', password_hash: 'x', role: 'owner' })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const id of ['demo-mln-ep12-bts', oldFeedId]) {
        await db.insertInto('reveals').values({ user_id: user.id, item_id: id }).execute();
        await db.insertInto('item_reads').values({ user_id: user.id, item_id: id }).execute();
      }
      await db
        .insertInto('unknown_titles')
        .values({ key: 'x', title: 'X', samples: JSON.stringify([{ itemId: oldFeedId, title: null, url }]) } as never)
        .execute();

      await db.transaction().execute((trx) => up(trx as never));

      const demoId = await itemIdOf(db, { url: null, guid: 'demo-mln-ep12-bts', title: '', publishedAt: null }, null);
      const feedId = await itemIdOf(db, { url, guid: null, title: '', publishedAt: null }, 1);
      expect(demoId).toMatch(/^[0-9a-f]{24}$/);
      expect(feedId).toMatch(/^[0-9a-f]{24}$/);
      expect(feedId).not.toBe(oldFeedId);
      const ids = [demoId, feedId].sort();
      expect((await db.selectFrom('items').select('id').execute()).map((r) => r.id).sort()).toEqual(ids);
      for (const table of ['item_entities', 'item_horizons', 'reveals', 'item_reads'] as const)
        expect((await db.selectFrom(table).select('item_id').execute()).map((r) => r.item_id).sort(), table).toEqual(
          ids,
        );
      const [unknown] = await db.selectFrom('unknown_titles').select('samples').execute();
      expect(unknown.samples).toEqual([{ itemId: feedId, title: null, url }]);

      // The foreign keys are back: deleting an item takes its links and horizons with it.
      await db.deleteFrom('items').where('id', '=', demoId).execute();
      expect((await db.selectFrom('item_entities').select('item_id').execute()).map((r) => r.item_id)).toEqual([
        feedId,
      ]);
      await expect(
        db
          .insertInto('item_horizons')
          .values({ item_id: 'nope', show_id: 'x', through_episode: 1, confidence: 1, evidence: '[]' })
          .execute(),
      ).rejects.toThrow(/foreign key/);
      expect(await itemIdKey(db)).toMatch(/^[0-9a-f]{64}$/);
    });
  });
