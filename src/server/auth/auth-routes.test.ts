import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import type { Database } from '../../store/open-database.js';
import { createOwner } from '../../users/add-user.js';
import { AuthTestClient, openAuthApp } from './auth-test-client.js';

describe('account API', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof openAuthApp>>['app'];
  const owner = () => new AuthTestClient(app);
  let ownerClient: AuthTestClient;
  beforeAll(async () => {
    ({ app, database } = await openAuthApp());
    ownerClient = owner();
  });
  afterAll(async () => database?.close());

  it('creates the owner once on the first run, then answers 409', async () => {
    expect(await (await app.request('/api/setup')).json()).toEqual({ needed: true });
    const res = await ownerClient.login('Owner', 'owner password', '/api/setup');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ user: { name: 'Owner', role: 'owner', unfollowedPolicy: 'hide' } });
    const again = await new AuthTestClient(app).login('Other', 'other password', '/api/setup');
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('auth.setup-done');
    expect(await (await app.request('/api/setup')).json()).toEqual({ needed: false });
  });

  it('logs in with an HttpOnly, SameSite=Lax session cookie and reports who is logged in', async () => {
    const client = owner();
    const res = await client.login('owner', 'owner password');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^haebang_session=[A-Za-z0-9_-]{43}; Max-Age=259\d{4}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/,
    );
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.call('GET', '/api/session');
    expect(await me.json()).toEqual({
      user: { id: expect.any(Number), name: 'Owner', role: 'owner', unfollowedPolicy: 'hide' },
      csrfToken: client.csrfToken,
    });
    expect((await new AuthTestClient(app).call('GET', '/api/session')).status).toBe(401);
  });

  it('answers a wrong password with 401 and sets no cookie', async () => {
    const res = await new AuthTestClient(app).login('Owner', 'wrong password');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('auth.invalid-credentials');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('rate-limits a name after five failures with 429 and Retry-After', async () => {
    const add = await ownerClient.call('POST', '/api/users', { body: { name: 'target', password: 'target password' } });
    expect(add.status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await new AuthTestClient(app).login('target', `guess ${i}`)).status).toBe(401);
    const limited = await new AuthTestClient(app).login('TARGET', 'target password');
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe('auth.rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('lets only the owner list and add users', async () => {
    const member = new AuthTestClient(app);
    await ownerClient.call('POST', '/api/users', { body: { name: 'member', password: 'member password' } });
    expect((await member.login('member', 'member password')).status).toBe(200);
    const refused = await member.call('POST', '/api/users', { body: { name: 'sneaky', password: 'sneaky password' } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('auth.forbidden');
    expect((await member.call('GET', '/api/users')).status).toBe(403);
    expect((await new AuthTestClient(app).call('GET', '/api/users')).status).toBe(401);
    const list = await (await ownerClient.call('GET', '/api/users')).json();
    expect(list.users.map((u: { name: string; role: string }) => `${u.name}:${u.role}`)).toEqual([
      'Owner:owner',
      'target:member',
      'member:member',
    ]);
    const bad = await ownerClient.call('POST', '/api/users', { body: { name: 'no spaces', password: 'x' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details).toHaveLength(2);
  });

  it('logs out: the cookie is cleared and the old session no longer works', async () => {
    const client = owner();
    await client.login('member', 'member password');
    const token = client.cookie;
    const res = await client.call('DELETE', '/api/session');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^haebang_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
    const replay = new AuthTestClient(app);
    replay.cookie = token;
    const me = await replay.call('GET', '/api/session');
    expect(me.status).toBe(401);
    expect(me.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });

  it('changes the password with the current one', async () => {
    const client = owner();
    await client.login('member', 'member password');
    const body = { currentPassword: 'member password', newPassword: 'member password 2' };
    expect((await client.call('PUT', '/api/password', { body })).status).toBe(204);
    expect((await new AuthTestClient(app).login('member', 'member password')).status).toBe(401);
    expect((await client.call('GET', '/api/session')).status).toBe(200);
  });
});

describe('session cookie behind TLS', () => {
  let database: Database;
  beforeAll(async () => {
    database = (await openAuthApp()).database;
    await createOwner(database.db, { name: 'owner', password: 'owner password' });
  });
  afterAll(async () => database?.close());

  it.each([
    [false, 'http://localhost/api/session', {}, false],
    [false, 'https://localhost/api/session', {}, true],
    [false, 'http://localhost/api/session', { 'x-forwarded-proto': 'https' }, false],
    [true, 'http://localhost/api/session', { 'x-forwarded-proto': 'https' }, true],
    [true, 'http://localhost/api/session', { 'x-forwarded-proto': 'http' }, false],
  ])('trustProxy=%s %s %j → Secure=%s', async (trustProxy, url, headers, secure) => {
    const config = loadConfig(trustProxy ? { HAEBANG_TRUST_PROXY: 'yes' } : {});
    const { app } = await openAuthApp(config, database);
    const res = await app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'owner', password: 'owner password' }),
    });
    expect(res.status).toBe(200);
    expect(/; Secure(;|$)/.test(res.headers.get('set-cookie') ?? '')).toBe(secure);
  });
});
