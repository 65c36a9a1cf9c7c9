import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { findSession } from '../store/sessions-repository.js';
import { insertUser, type UserRecord } from '../store/users-repository.js';
import { createMember } from './add-user.js';
import { changePassword, resetPassword } from './change-password.js';
import { hashPassword } from './hash-password.js';
import { login, logout } from './login.js';
import { sessionFromToken, sessionIdOf, sessionTtlMs } from './session-from-token.js';

const minute = 60_000;
const day = 24 * 60 * minute;

describe.each(storageTargets)('logging in on $name', (target) => {
  let database: Database;
  let user: UserRecord;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    user = await createMember(database.db, { name: 'Hana', password: 'good password' });
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('starts a session whose token is stored only as a hash', async () => {
    const now = new Date();
    const { token, session } = await login(database.db, { name: 'hana', password: 'good password' }, '10.0.0.1', now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.id).toBe(sessionIdOf(token));
    expect(session.user).toEqual({ id: user.id, name: 'Hana', role: 'member', unfollowedPolicy: 'hide' });
    expect(session.expiresAt.getTime()).toBe(now.getTime() + sessionTtlMs);
    expect(await findSession(database.db, token)).toBeNull();
    expect((await sessionFromToken(database.db, token, now))?.csrfToken).toBe(session.csrfToken);
    await logout(database.db, token);
    expect(await sessionFromToken(database.db, token, now)).toBeNull();
  });

  it.runIf(target.available)('slides the expiry forward on use, and forgets an expired session', async () => {
    const t0 = new Date('2024-01-01T00:00:00Z');
    const { token } = await login(database.db, { name: 'Hana', password: 'good password' }, null, t0);
    const soon = await sessionFromToken(database.db, token, new Date(t0.getTime() + minute));
    expect(soon?.renewed).toBe(false);
    const t1 = new Date(t0.getTime() + 20 * day);
    const later = await sessionFromToken(database.db, token, t1);
    expect(later).toMatchObject({ renewed: true, expiresAt: new Date(t1.getTime() + sessionTtlMs) });
    expect(await sessionFromToken(database.db, token, new Date(t1.getTime() + 29 * day))).not.toBeNull();
    expect(await sessionFromToken(database.db, token, new Date(t1.getTime() + 90 * day))).toBeNull();
    expect(await findSession(database.db, sessionIdOf(token))).toBeNull();
    expect(await sessionFromToken(database.db, 'not a token')).toBeNull();
  });

  it.runIf(target.available)('answers a wrong password and an unknown name alike', async () => {
    for (const credentials of [
      { name: 'Hana', password: 'bad password' },
      { name: 'nobody', password: 'good password' },
    ]) {
      const error = await login(database.db, credentials, '10.0.0.2').catch((e) => e);
      expect(error).toMatchObject({ code: 'auth.invalid-credentials', message: 'wrong user name or password' });
    }
  });

  it.runIf(target.available)('limits failures per name, then lets the name in when the window ends', async () => {
    await createMember(database.db, { name: 'Rui', password: 'good password' });
    const t0 = new Date('2024-02-01T00:00:00Z');
    const bad = { name: 'RUI', password: 'guess' };
    for (let i = 0; i < 5; i++) await expect(login(database.db, bad, `10.1.0.${i}`, t0)).rejects.toThrow(/wrong/);
    const good = { name: 'rui', password: 'good password' };
    const limited = await login(database.db, good, '10.2.0.1', new Date(t0.getTime() + minute)).catch((e) => e);
    expect(limited).toMatchObject({ code: 'auth.rate-limited', retryAfterSeconds: 14 * 60 });
    const t1 = new Date(t0.getTime() + 15 * minute);
    await expect(login(database.db, good, null, t1)).resolves.toBeTruthy();
  });

  it.runIf(target.available)('limits failures per address across names', async () => {
    const t0 = new Date('2024-03-01T00:00:00Z');
    for (let i = 0; i < 20; i++)
      await expect(login(database.db, { name: `n${i}`, password: 'x' }, '10.9.9.9', t0)).rejects.toThrow(/wrong/);
    const error = await login(database.db, { name: 'Hana', password: 'good password' }, '10.9.9.9', t0).catch((e) => e);
    expect(error.code).toBe('auth.rate-limited');
    await expect(login(database.db, { name: 'Hana', password: 'good password' }, '10.9.9.8', t0)).resolves.toBeTruthy();
  });

  it.runIf(target.available)('counts parallel attempts before any password is checked', async () => {
    await createMember(database.db, { name: 'Burst', password: 'good password' });
    const t0 = new Date('2024-04-01T00:00:00Z');
    // 40 guesses at once from 40 addresses, the right password 36th: only the name's 5 attempts get a hash check.
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(database.db, { name: 'burst', password: i === 35 ? 'good password' : `guess ${i}` }, `10.4.0.${i}`, t0)
          .then(() => 'logged in')
          .catch((e) => e.code),
      ),
    );
    const tally = (code: string) => outcomes.filter((o) => o === code).length;
    expect(tally('auth.rate-limited')).toBe(35);
    expect(tally('auth.invalid-credentials') + tally('logged in')).toBe(5);
    const after = login(database.db, { name: 'burst', password: 'good password' }, '10.5.0.1', t0);
    await expect(after).rejects.toMatchObject({ code: 'auth.rate-limited' });
  });

  it.runIf(target.available)('counts parallel attempts per address, and gives back the ones that succeed', async () => {
    const t0 = new Date('2024-04-02T00:00:00Z');
    const spray = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(database.db, { name: `sprayed${i}`, password: 'x' }, '10.6.6.6', t0).catch((e) => e.code),
      ),
    );
    expect(spray.filter((o) => o === 'auth.invalid-credentials')).toHaveLength(20);
    expect(spray.filter((o) => o === 'auth.rate-limited')).toHaveLength(20);
    // Logins that succeed do not use up an address: 21 in a row from one address all get in.
    const t1 = new Date('2024-04-03T00:00:00Z');
    for (let i = 0; i < 21; i++)
      await expect(
        login(database.db, { name: 'Hana', password: 'good password' }, '10.7.7.7', t1),
      ).resolves.toBeTruthy();
  });

  it.runIf(target.available)('rehashes a password stored with weaker parameters at login', async () => {
    const weak = await hashPassword('old params!', { N: 1024, r: 8, p: 1 });
    const old = await insertUser(database.db, { name: 'old', passwordHash: weak, role: 'member' });
    await login(database.db, { name: 'old', password: 'old params!' }, null);
    const row = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', old.id)
      .executeTakeFirst();
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$/);
  });

  it.runIf(target.available)('changes a password after checking the old one, ending the other sessions', async () => {
    const a = await login(database.db, { name: 'Hana', password: 'good password' }, null);
    const b = await login(database.db, { name: 'Hana', password: 'good password' }, null);
    const change = (currentPassword: string) =>
      changePassword(database.db, user.id, { currentPassword, newPassword: 'new password' }, a.session.id);
    expect(await change('nope').catch((e) => e.code)).toBe('auth.invalid-credentials');
    expect(await sessionFromToken(database.db, b.token)).not.toBeNull();
    await change('good password');
    expect(await sessionFromToken(database.db, a.token)).not.toBeNull();
    expect(await sessionFromToken(database.db, b.token)).toBeNull();
    await expect(login(database.db, { name: 'Hana', password: 'good password' }, null)).rejects.toThrow(/wrong/);
    await expect(login(database.db, { name: 'Hana', password: 'new password' }, null)).resolves.toBeTruthy();
  });

  it.runIf(target.available)('resets a forgotten password, ending every session', async () => {
    const a = await login(database.db, { name: 'Hana', password: 'new password' }, null);
    await resetPassword(database.db, 'HANA', 'reset password');
    expect(await sessionFromToken(database.db, a.token)).toBeNull();
    await expect(login(database.db, { name: 'Hana', password: 'reset password' }, null)).resolves.toBeTruthy();
    expect(await resetPassword(database.db, 'nobody', 'reset password').catch((e) => e.code)).toBe('not-found');
    expect(await resetPassword(database.db, 'Hana', 'short').catch((e) => e.code)).toBe('input.invalid');
  });
});
