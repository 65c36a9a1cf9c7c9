import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { findUserByName, listUsers } from '../store/users-repository.js';
import { addUser, createMember, createOwner } from './add-user.js';
import { verifyPassword } from './hash-password.js';
import { toSessionUser } from './session-from-token.js';

describe.each(storageTargets)('creating accounts on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('validates names and passwords before anything is stored', async () => {
    for (const [input, detail] of [
      [{ name: 'has space', password: 'long enough' }, /^name: expected 1-40/],
      [{ name: 'x'.repeat(41), password: 'long enough' }, /^name:/],
      [{ name: 'ok', password: 'short' }, /^password: a password has at least 8/],
      [{ name: 'ok', password: 'p'.repeat(201) }, /^password: a password has at most 200/],
      [{ name: 'ok' }, /^password:/],
    ] as const) {
      const error = await createOwner(database.db, input).catch((e) => e);
      expect(error.code).toBe('input.invalid');
      expect(error.details[0]).toMatch(detail);
    }
    expect(await listUsers(database.db)).toEqual([]);
  });

  it.runIf(target.available)('creates the owner on the first run only, with a scrypt hash', async () => {
    const owner = await createOwner(database.db, { name: ' Min-ji.K_2 ', password: 'correct horse' });
    expect(owner).toMatchObject({ name: 'Min-ji.K_2', role: 'owner', unfollowedPolicy: 'hide' });
    const stored = await findUserByName(database.db, 'min-ji.k_2');
    expect(stored?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse', stored!.passwordHash)).toBe(true);
    const again = await createOwner(database.db, { name: 'someone', password: 'correct horse' }).catch((e) => e);
    expect(again.code).toBe('auth.setup-done');
  });

  it.runIf(target.available)('lets the owner add members, and nobody else', async () => {
    const [owner] = await listUsers(database.db);
    const member = await addUser(database.db, toSessionUser(owner), { name: '지민', password: 'password 1' });
    expect(member).toMatchObject({ name: '지민', role: 'member' });
    const refused = await addUser(database.db, toSessionUser(member), { name: 'eve', password: 'password 2' }).catch(
      (e) => e,
    );
    expect(refused.code).toBe('auth.forbidden');
    expect((await listUsers(database.db)).map((u) => u.name)).toEqual(['Min-ji.K_2', '지민']);
  });

  it.runIf(target.available)('refuses a name that is taken in another letter case', async () => {
    const error = await createMember(database.db, { name: 'MIN-JI.k_2', password: 'password 3' }).catch((e) => e);
    expect(error.code).toBe('input.invalid');
    expect(error.message).toMatch(/already exists/);
  });
});
