import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { getMeta } from './meta-repository.js';
import type { Database } from './open-database.js';
import {
  addReveal,
  getProgress,
  getSettings,
  listReveals,
  readReadingState,
  removeProgress,
  removeReveal,
  setProgress,
  setSettings,
} from './progress-repository.js';
import { insertUser, type UserRecord } from './users-repository.js';

describe.each(storageTargets)('reading state storage on $name', (target) => {
  let database: Database;
  let a: UserRecord;
  let b: UserRecord;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    a = await insertUser(database.db, { name: 'ana', passwordHash: 'x', role: 'owner' });
    b = await insertUser(database.db, { name: 'bo', passwordHash: 'x', role: 'member' });
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('keeps progress per user and show, and updates it in place', async () => {
    const { db } = database;
    await setProgress(db, a.id, 'my-liberation-notes', 10);
    await setProgress(db, a.id, 'my-liberation-notes', 11);
    await setProgress(db, a.id, 'move-to-heaven', 0);
    await setProgress(db, b.id, 'my-liberation-notes', 2);
    expect(await getProgress(db, a.id)).toEqual(
      new Map([
        ['move-to-heaven', 0],
        ['my-liberation-notes', 11],
      ]),
    );
    expect(await getProgress(db, b.id)).toEqual(new Map([['my-liberation-notes', 2]]));
  });

  it.runIf(target.available)('refuses a negative episode', async () => {
    await expect(setProgress(database.db, a.id, 'move-to-heaven', -1)).rejects.toThrow(/check constraint/);
  });

  it.runIf(target.available)("removes one user's progress without touching another's", async () => {
    expect(await removeProgress(database.db, b.id, 'my-liberation-notes')).toBe(true);
    expect(await removeProgress(database.db, b.id, 'my-liberation-notes')).toBe(false);
    expect((await getProgress(database.db, a.id)).get('my-liberation-notes')).toBe(11);
  });

  it.runIf(target.available)('adds, lists and removes reveals per user, idempotently', async () => {
    const { db } = database;
    await addReveal(db, a.id, 'item-1');
    await addReveal(db, a.id, 'item-1');
    await addReveal(db, a.id, 'item-2');
    await addReveal(db, b.id, 'item-3');
    expect(await listReveals(db, a.id)).toEqual(['item-1', 'item-2']);
    expect(await listReveals(db, b.id)).toEqual(['item-3']);
    expect(await removeReveal(db, b.id, 'item-1')).toBe(false);
    expect(await removeReveal(db, a.id, 'item-1')).toBe(true);
    expect(await listReveals(db, a.id)).toEqual(['item-2']);
  });

  it.runIf(target.available)("hides unfollowed shows by default and keeps each user's choice", async () => {
    const { db } = database;
    expect(await getSettings(db, a.id)).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
    await setSettings(db, a.id, { unfollowedPolicy: 'show' });
    expect(await getSettings(db, a.id)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'hide' });
    expect(await getSettings(db, b.id)).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
    expect(await getSettings(db, 999_999)).toBeNull();
  });

  it.runIf(target.available)('keeps the policy for unsure horizons apart from the other setting', async () => {
    const { db } = database;
    await setSettings(db, b.id, { unsurePolicy: 'warn' });
    expect(await getSettings(db, b.id)).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'warn' });
    await setSettings(db, b.id, { unfollowedPolicy: 'show' });
    expect(await getSettings(db, b.id)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'warn' });
    expect((await readReadingState(db, b.id)).settings).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'warn' });
    await setSettings(db, b.id, { unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
  });

  it.runIf(target.available)(
    'reads progress, reveals and settings in one statement, as the three reads do',
    async () => {
      const { db } = database;
      for (const user of [a, b]) {
        expect(await readReadingState(db, user.id)).toEqual({
          progress: await getProgress(db, user.id),
          reveals: await listReveals(db, user.id),
          settings: await getSettings(db, user.id),
          itemsVersion: await getMeta(db, 'items_version'),
          marksVersion: expect.stringMatching(/^\d+$/),
        });
      }
      expect(await readReadingState(db, 999_999)).toMatchObject({
        progress: new Map(),
        reveals: [],
        settings: null,
      });
    },
  );
});
