import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from './open-database.js';
import { addReveal, getProgress, setProgress } from './progress-repository.js';
import {
  clearLoginFailures,
  currentLoginFailures,
  deleteUserSessions,
  findSession,
  insertSession,
  releaseLoginAttempt,
  reserveLoginAttempt,
} from './sessions-repository.js';
import {
  countUsers,
  findUserByName,
  insertFirstUser,
  insertUser,
  isUniqueViolation,
  listUsers,
} from './users-repository.js';

const minute = 60_000;

describe.each(storageTargets)('users and sessions storage on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('creates the first user once, even when two setups race', async () => {
    const { db } = database;
    const results = await Promise.all([
      insertFirstUser(db, { name: 'Owner', passwordHash: 'h1', role: 'owner' }),
      insertFirstUser(db, { name: 'Other', passwordHash: 'h2', role: 'owner' }),
    ]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await countUsers(db)).toBe(1);
  });

  it.runIf(target.available)('keeps names unique in any letter case and finds them in any case', async () => {
    const { db } = database;
    const [first] = await listUsers(db);
    const error = await insertUser(db, { name: first.name.toUpperCase(), passwordHash: 'h', role: 'member' }).catch(
      (e) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    const found = await findUserByName(db, first.name.toLowerCase());
    expect(found).toMatchObject({ id: first.id, role: 'owner', unfollowedPolicy: 'hide' });
    expect(found?.passwordHash).toMatch(/^h[12]$/);
    expect(await findUserByName(db, 'nobody')).toBeNull();
  });

  it.runIf(target.available)("ends a user's sessions but the one kept, and cascades on user deletion", async () => {
    const { db } = database;
    const u = await insertUser(db, { name: 'cara', passwordHash: 'h', role: 'member' });
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 60 * minute);
    for (const id of ['s1', 's2']) await insertSession(db, { id, userId: u.id, csrfToken: `c-${id}`, now, expiresAt });
    expect((await findSession(db, 's1'))?.user.name).toBe('cara');
    await deleteUserSessions(db, u.id, 's2');
    expect(await findSession(db, 's1')).toBeNull();
    expect((await findSession(db, 's2'))?.csrfToken).toBe('c-s2');
    await setProgress(db, u.id, 'move-to-heaven', 3);
    await addReveal(db, u.id, 'item-9');
    await db.deleteFrom('users').where('id', '=', u.id).execute();
    expect(await findSession(db, 's2')).toBeNull();
    expect(await getProgress(db, u.id)).toEqual(new Map());
  });

  it.runIf(target.available)('counts login attempts up to a limit in a fixed window that starts again', async () => {
    const { db } = database;
    const t0 = new Date('2024-05-01T10:00:00Z');
    const window = 15 * minute;
    const reserve = (at: Date) => reserveLoginAttempt(db, 'name:x', 4, at, window);
    const first = await Promise.all([1, 2, 3, 4, 5, 6].map(() => reserve(t0)));
    expect(first.filter((r) => r.allowed)).toHaveLength(4);
    expect(first.filter((r) => !r.allowed)).toEqual([
      { allowed: false, windowStart: t0, count: 4 },
      { allowed: false, windowStart: t0, count: 4 },
    ]);
    const later = new Date(t0.getTime() + 5 * minute);
    await releaseLoginAttempt(db, 'name:x', t0);
    expect(await reserve(later)).toEqual({ allowed: true, windowStart: t0, count: 4 });
    expect(await currentLoginFailures(db, ['name:x', 'ip:1'], later, window)).toEqual([
      { key: 'name:x', windowStart: t0, count: 4 },
    ]);
    const after = new Date(t0.getTime() + 16 * minute);
    expect(await currentLoginFailures(db, ['name:x'], after, window)).toEqual([]);
    expect(await reserve(after)).toEqual({ allowed: true, windowStart: after, count: 1 });
    await releaseLoginAttempt(db, 'name:x', t0);
    expect(await currentLoginFailures(db, ['name:x'], after, window)).toEqual([
      { key: 'name:x', windowStart: after, count: 1 },
    ]);
    await clearLoginFailures(db, 'name:x');
    expect(await currentLoginFailures(db, ['name:x'], after, window)).toEqual([]);
  });
});
