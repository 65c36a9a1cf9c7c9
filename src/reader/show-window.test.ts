import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtureReader, type FixtureName, readerWith, storeReaderFixtures } from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import { listReadAmong, markRead, markUnread } from '../store/item-state-repository.js';
import { getMeta } from '../store/meta-repository.js';
import type { Database } from '../store/open-database.js';
import { countUnread } from './item-state.js';
import type { ReaderDeps } from './reader-deps.js';

const show = 'my-liberation-notes';

// One show's unread count: its newest items are kept per items version (show-window.ts), the reader's marks are not.

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`one show's unread count on ${target.name}`, () => {
    let database: Database;
    let deps: ReaderDeps;
    let ids: Record<FixtureName, string>;
    beforeAll(async () => {
      database = await target.open();
      ({ deps, ids } = await storeReaderFixtures(database));
      await addFixtureReader(database.db);
    }, 120_000);
    afterAll(() => database?.close());

    const at10 = async () => ({
      ...readerWith({ [show]: 10 }),
      itemsVersion: await getMeta(database.db, 'items_version'),
    });

    it('is the same kept or not, and follows the reader’s marks at once', async () => {
      const reader = await at10();
      expect(reader.itemsVersion).toMatch(/^\d+$/);
      const uncached = await countUnread(deps, { ...reader, itemsVersion: null }, show);
      expect(uncached).toEqual({ unread: 2, byShow: { [show]: 2 }, window: 1000 });
      expect(await countUnread(deps, reader, show)).toEqual(uncached);
      expect(await countUnread(deps, reader, show)).toEqual(uncached);
      await markRead(database.db, 1, [ids.preair]);
      expect(await countUnread(deps, reader, show)).toEqual({ unread: 1, byShow: { [show]: 1 }, window: 1000 });
      await markUnread(database.db, 1, ids.preair);
      expect((await countUnread(deps, reader, show)).unread).toBe(2);
    });

    it('reads the show’s items again when they change (a new items version)', async () => {
      const before = await at10();
      expect((await countUnread(deps, before, show)).unread).toBe(2);
      // The ep. 11 recap loses its horizon: at ep. 10 it is shown, and counted, from the next version on.
      await database.db.deleteFrom('item_horizons').where('item_id', '=', ids.recap11).execute();
      const after = await at10();
      expect(after.itemsVersion).not.toBe(before.itemsVersion);
      expect((await countUnread(deps, after, show)).unread).toBe(3);
    });

    it.each([
      ['a few marks (read whole)', 10],
      ['more than 3,000 marks (probed by id)', 3005],
    ])('the reader’s read marks among the window, with %s', async (_, marks) => {
      const user = await database.db
        .insertInto('users')
        .values({ name: `marks-${marks}`, password_hash: '-', role: 'member' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const others = Array.from({ length: marks }, (_, i) => `elsewhere-${i}`);
      await markRead(database.db, user.id, [...others, ids.preair]);
      const among = await listReadAmong(database.db, user.id, [ids.preair, ids.recap11, 'elsewhere-3']);
      expect([...among].sort()).toEqual(['elsewhere-3', ids.preair].sort());
      expect(await listReadAmong(database.db, user.id, [ids.recap11])).toEqual(new Set());
    });

    it('counts nothing hidden and nothing of another show', async () => {
      const counts = await countUnread(deps, await at10(), 'my-mister');
      expect(Object.keys(counts.byShow).every((s) => s === 'my-mister')).toBe(true);
      expect(counts.unread).toBeLessThanOrEqual(1);
    });
  });
}
