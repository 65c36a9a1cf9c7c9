import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from './open-database.js';
import { getPreferences, setPreferences } from './preferences-repository.js';
import { insertUser } from './users-repository.js';

describe.each(storageTargets)('user preferences on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('defaults, changes one preference at a time, and goes with the user', async () => {
    const { db } = database;
    const u = await insertUser(db, { name: 'pref-user', passwordHash: 'h', role: 'member' });
    const other = await insertUser(db, { name: 'pref-other', passwordHash: 'h', role: 'member' });
    expect(await getPreferences(db, u.id)).toEqual({ locale: 'auto', theme: 'auto' });
    await setPreferences(db, u.id, { locale: 'ko' });
    await setPreferences(db, u.id, { theme: 'dark' });
    expect(await getPreferences(db, u.id)).toEqual({ locale: 'ko', theme: 'dark' });
    expect(await getPreferences(db, other.id)).toEqual({ locale: 'auto', theme: 'auto' });
    await expect(setPreferences(db, u.id, { theme: 'neon' as 'dark' })).rejects.toThrow();
    await db.deleteFrom('users').where('id', '=', u.id).execute();
    expect(await db.selectFrom('user_preferences').selectAll().execute()).toEqual([]);
  });
});
