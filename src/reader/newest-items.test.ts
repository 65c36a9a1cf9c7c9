import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { addStar, itemStatesAmong, markRead, markUnread, removeStar } from '../store/item-state-repository.js';
import { insertItem, type NewItem } from '../store/items-repository.js';
import { getMeta } from '../store/meta-repository.js';
import type { Database } from '../store/open-database.js';
import { readReadingState } from '../store/progress-repository.js';
import { createMember } from '../users/add-user.js';
import { loadLinkedItems } from './load-linked-items.js';
import { newestItems, newestKept, pageOfNewest } from './newest-items.js';

function item(id: string, publishedAt: string | null, horizon?: number): NewItem {
  return {
    id,
    feedId: null,
    guid: null,
    url: null,
    canonicalUrl: null,
    title: `Item ${id}`,
    titleKey: `item ${id}`,
    publishedAt: publishedAt === null ? null : new Date(publishedAt),
    publishedDate: null,
    author: null,
    sourceName: null,
    mediaType: 'article',
    videoId: null,
    imageUrl: null,
    imageCaption: null,
    imageCredit: null,
    summary: `About ${id}`,
    contentHtml: '',
    doc: {},
    kind: 'news',
    analysis: {},
    analyzedWith: 'test',
    entities: [{ kind: 'show', entityId: 'my-liberation-notes', mentions: 1, spellings: ['My Liberation Notes'] }],
    horizons:
      horizon === undefined
        ? []
        : [{ showId: 'my-liberation-notes', throughEpisode: horizon, confidence: 1, evidence: {} }],
  };
}

for (const target of storageTargets)
  describe.skipIf(!target.available)(`newest items kept in memory on ${target.name}`, () => {
    let database: Database;
    const version = async () => (await getMeta(database.db, 'items_version'))!;
    beforeAll(async () => {
      database = await target.open();
      await insertItem(database.db, item('b', '2024-03-02T00:00:00Z', 3));
      await insertItem(database.db, item('a', '2024-03-01T00:00:00Z'));
      await insertItem(database.db, item('c', null, 1));
    });
    afterAll(async () => database?.close());

    it('bumps the items version once per transaction that writes items, links or horizons, and not on a rollback', async () => {
      const { db } = database;
      const v0 = BigInt(await version());
      await insertItem(db, item('d', '2024-02-01T00:00:00Z', 2)); // an item, its link and its horizon: one bump
      expect(BigInt(await version())).toBe(v0 + 1n);
      await db.updateTable('item_horizons').set({ through_episode: 4 }).where('item_id', '=', 'd').execute();
      await db.deleteFrom('item_entities').where('item_id', '=', 'd').execute();
      expect(BigInt(await version())).toBe(v0 + 3n);
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.deleteFrom('items').where('id', '=', 'd').execute();
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(BigInt(await version())).toBe(v0 + 3n);
      await db.deleteFrom('items').where('id', '=', 'd').execute();
      expect(BigInt(await version())).toBe(v0 + 4n);
      expect((await readReadingState(db, 1)).itemsVersion).toBe(String(v0 + 4n));
    });

    it('gives the same rows, links and horizons as the page query, from memory while the version holds', async () => {
      const { db } = database;
      const v = await version();
      const kept = (await newestItems(db, v))!;
      expect(kept.version).toBe(v);
      expect(kept.all).toBe(true);
      expect(await newestItems(db, v)).toBe(kept);
      expect(pageOfNewest(kept, undefined, 31)).toEqual(await loadLinkedItems(db, {}, 31, 1));
      const after = { publishedAt: new Date('2024-03-02T00:00:00Z'), id: 'b' };
      expect(pageOfNewest(kept, after, 1)).toEqual(await loadLinkedItems(db, { after }, 1, 1));
      expect(pageOfNewest(kept, after, 5)?.map((i) => i.id)).toEqual(['a', 'c']);
      // A cursor whose item is not kept, or whose date moved, is read from the database.
      expect(pageOfNewest(kept, { publishedAt: null, id: 'gone' }, 5)).toBeNull();
      expect(pageOfNewest(kept, { ...after, publishedAt: new Date('2024-03-05T00:00:00Z') }, 5)).toBeNull();
      expect(pageOfNewest({ ...kept, all: false }, after, 5)).toBeNull();
      expect(await newestItems(db, null)).toBeNull();
    });

    it('reads the items again when the version moved, and a new item is on the first page', async () => {
      const { db } = database;
      const before = (await newestItems(db, await version()))!;
      await insertItem(db, item('e', '2024-04-01T00:00:00Z', 5));
      const v = await version();
      const [x, y] = await Promise.all([newestItems(db, v), newestItems(db, v)]);
      expect(x).toBe(y);
      expect(x).not.toBe(before);
      expect(x!.version).toBe(v);
      expect(pageOfNewest(x!, undefined, 2)?.map((i) => [i.id, i.horizons])).toEqual([
        ['e', [{ showId: 'my-liberation-notes', throughEpisode: 5, confidence: 1 }]],
        ['b', [{ showId: 'my-liberation-notes', throughEpisode: 3, confidence: 1 }]],
      ]);
      expect(newestKept).toBeGreaterThanOrEqual(100);
    });

    it("keeps a reader's marks among them for that reader only, read again after each of their writes", async () => {
      const { db } = database;
      const [one, two] = await Promise.all([
        createMember(db, { name: 'marks-one', password: 'a long password' }),
        createMember(db, { name: 'marks-two', password: 'a long password' }),
      ]);
      const v = await version();
      const ids = ['a', 'b', 'c'];
      const marks = async (userId: number, key = v) => {
        const s = await itemStatesAmong(db, userId, key, ids);
        return [[...s.read].sort(), [...s.starred].sort()];
      };
      expect(await marks(one.id)).toEqual([[], []]);
      const kept = itemStatesAmong(db, one.id, v, ids);
      expect(itemStatesAmong(db, one.id, v, ids)).toBe(kept);
      await markRead(db, one.id, ['a', 'b']);
      await addStar(db, one.id, 'c');
      expect(await marks(one.id)).toEqual([['a', 'b'], ['c']]);
      expect(await marks(two.id)).toEqual([[], []]);
      await markUnread(db, one.id, 'a');
      await removeStar(db, one.id, 'c');
      expect(await marks(one.id)).toEqual([['b'], []]);
      // Written behind its back (as another process would): the kept marks hold for their key, a new key reads again.
      await db.deleteFrom('item_reads').execute();
      expect(await marks(one.id)).toEqual([['b'], []]);
      expect(await marks(one.id, `${v}0`)).toEqual([[], []]);
    });

    it("bumps a reader's marks version on every change of their marks, by anyone, and reads the kept marks again then", async () => {
      const { db } = database;
      const [one, two] = await Promise.all([
        createMember(db, { name: 'version-one', password: 'a long password' }),
        createMember(db, { name: 'version-two', password: 'a long password' }),
      ]);
      const v = await version();
      const ids = ['a', 'b', 'c'];
      const marksVersion = async (userId: number) => (await readReadingState(db, userId)).marksVersion!;
      const marks = async (userId: number) => {
        const s = await itemStatesAmong(db, userId, v, ids, await marksVersion(userId));
        return [[...s.read].sort(), [...s.starred].sort()];
      };
      expect(await marks(one.id)).toEqual([[], []]);
      const [v1, v2] = [await marksVersion(one.id), await marksVersion(two.id)];
      // Written behind the process's back, as another server or the CLI would: only the version says so.
      await db
        .insertInto('item_reads')
        .values(['a', 'b'].map((item_id) => ({ user_id: one.id, item_id })))
        .execute();
      const v1a = await marksVersion(one.id);
      expect(BigInt(v1a)).toBe(BigInt(v1) + 1n); // two rows, one statement: one bump
      expect(await marksVersion(two.id)).toBe(v2);
      expect(await marks(one.id)).toEqual([['a', 'b'], []]);
      // A kept read at the same version is not read again.
      const kept = itemStatesAmong(db, one.id, v, ids, v1a);
      expect(itemStatesAmong(db, one.id, v, ids, v1a)).toBe(kept);
      // An insert that changes nothing (already read) keeps the version.
      await db
        .insertInto('item_reads')
        .values({ user_id: one.id, item_id: 'a' })
        .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing())
        .execute();
      expect(await marksVersion(one.id)).toBe(v1a);
      await db.insertInto('item_stars').values({ user_id: one.id, item_id: 'c' }).execute();
      expect(await marks(one.id)).toEqual([['a', 'b'], ['c']]);
      await db.updateTable('item_stars').set({ starred_at: new Date() }).where('user_id', '=', one.id).execute();
      await db.deleteFrom('item_reads').where('user_id', '=', one.id).where('item_id', '=', 'a').execute();
      await db.deleteFrom('item_stars').where('user_id', '=', one.id).execute();
      expect(BigInt(await marksVersion(one.id))).toBe(BigInt(v1a) + 4n);
      expect(await marks(one.id)).toEqual([['b'], []]);
      expect(await marksVersion(two.id)).toBe(v2);
      // A user's deletion cascades to their marks (the trigger finds the user gone and does nothing).
      await db.deleteFrom('users').where('id', '=', one.id).execute();
      expect(await db.selectFrom('item_reads').where('user_id', '=', one.id).select('item_id').execute()).toEqual([]);
    });
  });
