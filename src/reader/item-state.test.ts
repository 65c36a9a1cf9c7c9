import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFixtureReader,
  type FixtureName,
  readerFixtures,
  readerWith,
  storeReaderFixtures,
} from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import { addStar, markRead, markUnread, readItemStates, removeStar } from '../store/item-state-repository.js';
import type { Database } from '../store/open-database.js';
import { addReveal, removeReveal, setProgress, setSettings } from '../store/progress-repository.js';
import { countUnread, markAllRead, readSaved } from './item-state.js';
import { readFeed } from './read-feed.js';
import { readItem } from './read-item.js';
import { loadReader, type Reader, type ReaderDeps } from './reader-deps.js';
import { savedPageSchema, unreadCountsSchema } from './reader-schemas.js';

const show = 'my-liberation-notes';

/** The same progress as `readerWith`, for another user. */
const asUser = (reader: Reader, id: number): Reader => ({ ...reader, user: { ...reader.user, id } });

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`read state and saving on ${target.name}`, () => {
    let database: Database;
    let deps: ReaderDeps;
    let ids: Record<FixtureName, string>;
    let second: number;
    beforeAll(async () => {
      database = await target.open();
      ({ deps, ids } = await storeReaderFixtures(database));
      await addFixtureReader(database.db);
      const row = await database.db
        .insertInto('users')
        .values({ name: 'second', password_hash: '-', role: 'member' })
        .returning('id')
        .executeTakeFirstOrThrow();
      second = row.id;
    }, 120_000);
    afterAll(() => database?.close());

    const at10 = () => readerWith({ [show]: 10 });
    const clear = async (userId: number) => {
      await database.db.deleteFrom('item_reads').where('user_id', '=', userId).execute();
      await database.db.deleteFrom('item_stars').where('user_id', '=', userId).execute();
    };

    it('counts only what the gate shows: hidden items are never counted, in all or per show', async () => {
      await clear(1);
      // At ep. 10 the ep. 11 recap and video are hidden: 2 of the 4 items are counted.
      const counts = unreadCountsSchema.parse(await countUnread(deps, at10()));
      // (The pre-air news also names My Mister, the writer's earlier drama.)
      expect(counts).toEqual({ unread: 2, byShow: { [show]: 2, 'my-mister': 1 }, window: 1000 });
      expect(await countUnread(deps, at10(), show)).toMatchObject({ unread: 2 });
      // Past ep. 11, or with one of them revealed, they count.
      expect((await countUnread(deps, readerWith({ [show]: 11 }))).unread).toBe(4);
      expect((await countUnread(deps, readerWith({ [show]: 10 }, 'hide', [ids.recap11]))).unread).toBe(3);
      // Unfollowed under "hide all their plot": the pre-air news only (ep. 8's ratings are hidden like the chart's).
      expect((await countUnread(deps, readerWith({}, 'hide'))).unread).toBe(1);
    });

    it('opening a shown item marks it read; opening a hidden one leaves it as it was', async () => {
      await clear(1);
      const opened = await readItem(deps, at10(), ids.preair);
      expect(opened).toMatchObject({ hidden: false, read: true });
      const hidden = await readItem(deps, at10(), ids.recap11);
      expect(hidden.hidden).toBe(true);
      const states = await readItemStates(database.db, 1, [ids.preair, ids.recap11]);
      expect([...states.read]).toEqual([ids.preair]);
      const feed = await readFeed(deps, at10(), {});
      expect(feed.entries.find((e) => e.id === ids.preair)).toMatchObject({ read: true, starred: false });
      expect(feed.entries.find((e) => e.id === ids.ratings8)).toMatchObject({ read: false });
      expect((await countUnread(deps, at10())).unread).toBe(1);
      await markUnread(database.db, 1, ids.preair);
      expect((await countUnread(deps, at10())).unread).toBe(2);
    });

    it('mark all read marks what is shown; a hidden item stays unread and counts once the reader reaches it', async () => {
      await clear(1);
      expect(await markAllRead(deps, at10())).toBe(2);
      expect((await countUnread(deps, at10())).unread).toBe(0);
      expect(await markAllRead(deps, at10())).toBe(0);
      const caughtUp = readerWith({ [show]: 11 });
      expect(await countUnread(deps, caughtUp)).toEqual({ unread: 2, byShow: { [show]: 2 }, window: 1000 });
      expect(await markAllRead(deps, caughtUp, show)).toBe(2);
      expect((await countUnread(deps, caughtUp)).unread).toBe(0);
    });

    it("keeps a reader's feed counts only until their items, marks, progress, reveals or policies change", async () => {
      const { db } = database;
      await clear(1);
      await setProgress(db, 1, show, 10);
      const user = { id: 1, name: 'reader', role: 'owner' as const, unfollowedPolicy: 'hide' as const };
      const counts = async () => {
        const reader = await loadReader(db, user);
        expect(reader.marksVersion).toMatch(/^\d+$/);
        const kept = await countUnread(deps, reader);
        // The same counts straight from the database (no newest items in memory, nothing kept).
        expect(kept).toEqual(await countUnread(deps, { ...reader, itemsVersion: null }));
        return kept.unread;
      };
      expect([await counts(), await counts()]).toEqual([2, 2]);
      await markRead(db, 1, [ids.preair]);
      expect(await counts()).toBe(1);
      await db.deleteFrom('item_reads').where('user_id', '=', 1).execute(); // as another process would
      expect(await counts()).toBe(2);
      await setProgress(db, 1, show, 11);
      expect(await counts()).toBe(4);
      await setProgress(db, 1, show, 10);
      await addReveal(db, 1, ids.recap11);
      expect(await counts()).toBe(3);
      await removeReveal(db, 1, ids.recap11);
      await setSettings(db, 1, { unsurePolicy: 'warn' });
      await setSettings(db, 1, { unfollowedPolicy: 'show' });
      const shown = await counts();
      await setSettings(db, 1, { unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
      expect(await counts()).toBe(2);
      expect(shown).toBeGreaterThanOrEqual(2);
      // The ep. 11 recap said to reveal ep. 1 only: the items version moves, and it counts.
      const was = await db
        .selectFrom('item_horizons')
        .select(['show_id', 'through_episode'])
        .where('item_id', '=', ids.recap11)
        .execute();
      const set = (showId: string, n: number) =>
        db
          .updateTable('item_horizons')
          .set({ through_episode: n })
          .where('item_id', '=', ids.recap11)
          .where('show_id', '=', showId)
          .execute();
      for (const h of was) await set(h.show_id, Math.min(1, h.through_episode));
      try {
        expect(await counts()).toBe(3);
      } finally {
        for (const h of was) await set(h.show_id, h.through_episode);
      }
      expect(await counts()).toBe(2);
    });

    it('each user has their own marks', async () => {
      await clear(1);
      await clear(second);
      await markRead(database.db, 1, [ids.preair, ids.ratings8]);
      await addStar(database.db, 1, ids.ratings8);
      expect((await countUnread(deps, at10())).unread).toBe(0);
      expect((await countUnread(deps, asUser(at10(), second))).unread).toBe(2);
      const theirs = await readFeed(deps, asUser(at10(), second), {});
      expect(theirs.entries.filter((e) => !e.hidden && (e.read || e.starred))).toEqual([]);
      expect((await readSaved(deps, asUser(at10(), second), {})).entries).toEqual([]);
    });

    it('the Saved page: latest saved first, paged; a saved item past the progress stays a bare hidden card', async () => {
      await clear(1);
      for (const name of ['preair', 'recap11', 'ratings8'] as const) {
        await addStar(database.db, 1, ids[name]);
        await new Promise((r) => setTimeout(r, 5));
      }
      const saved = savedPageSchema.parse(await readSaved(deps, at10(), { limit: 2 }));
      expect(saved.entries.map((e) => [e.id, e.hidden, e.starred])).toEqual([
        [ids.ratings8, false, true],
        [ids.recap11, true, true],
      ]);
      const json = JSON.stringify(saved.entries.filter((e) => e.hidden));
      expect(json).not.toContain(readerFixtures.recap11.title);
      expect(json).not.toMatch(/img\.example|news\.example|quiet goodbye/);
      const more = await readSaved(deps, at10(), { limit: 2, cursor: saved.nextCursor! });
      expect(more.entries.map((e) => e.id)).toEqual([ids.preair]);
      expect(more.nextCursor).toBeNull();
      await removeStar(database.db, 1, ids.recap11);
      expect((await readSaved(deps, at10(), {})).entries.map((e) => e.id)).toEqual([ids.ratings8, ids.preair]);
      await expect(readSaved(deps, at10(), { cursor: 'nonsense' })).rejects.toMatchObject({ code: 'input.invalid' });
    });
  });
}
