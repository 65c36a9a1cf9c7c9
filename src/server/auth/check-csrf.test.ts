import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../store/open-database.js';
import { createOwner } from '../../users/add-user.js';
import { AuthTestClient, openAuthApp } from './auth-test-client.js';

describe('CSRF protection', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof openAuthApp>>['app'];
  let client: AuthTestClient;
  const body = { watchedThrough: 3 };
  beforeAll(async () => {
    ({ app, database } = await openAuthApp());
    await createOwner(database.db, { name: 'owner', password: 'owner password' });
    client = new AuthTestClient(app);
    expect((await client.login('owner', 'owner password')).status).toBe(200);
  });
  afterAll(async () => database?.close());

  const code = async (res: Response) => [res.status, (await res.json()).error?.code];

  it('refuses a state change without the token, or with a wrong one', async () => {
    expect(await code(await client.call('PUT', '/api/progress/my-liberation-notes', { body, noCsrf: true }))).toEqual([
      403,
      'auth.csrf',
    ]);
    const wrong = { body, noCsrf: true, headers: { 'x-csrf-token': `${client.csrfToken}x` } };
    expect(await code(await client.call('PUT', '/api/progress/my-liberation-notes', wrong))).toEqual([
      403,
      'auth.csrf',
    ]);
    expect((await client.call('DELETE', '/api/session', { noCsrf: true })).status).toBe(403);
    expect((await client.call('GET', '/api/session')).status).toBe(200);
  });

  it('accepts the token in the x-csrf-token header or the _csrf form field', async () => {
    const res = await client.call('PUT', '/api/progress/my-liberation-notes', { body });
    expect(await res.json()).toEqual({ showId: 'my-liberation-notes', watchedThrough: 3 });
    const form = await app.request('/api/reveals/item-1', {
      method: 'POST',
      headers: { cookie: `haebang_session=${client.cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: client.csrfToken! }).toString(),
    });
    // Past the CSRF check (else 403 auth.csrf), the route itself finds no such item.
    expect(await code(form)).toEqual([404, 'not-found']);
    expect(await (await client.call('GET', '/api/reveals')).json()).toEqual({ reveals: [] });
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['a look-alike host', { origin: 'http://localhost.evil.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a sibling site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s even with the right token', async (_name, headers) => {
    const res = await client.call('PUT', '/api/progress/my-liberation-notes', { body, headers });
    expect(await code(res)).toEqual([403, 'auth.csrf']);
  });

  it('accepts the same origin', async () => {
    const headers = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };
    expect((await client.call('PUT', '/api/progress/my-liberation-notes', { body, headers })).status).toBe(200);
  });

  it('refuses a cross-origin login or setup, which have no session yet', async () => {
    const anonymous = new AuthTestClient(app);
    const headers = { origin: 'http://evil.example' };
    const login = await anonymous.call('POST', '/api/session', {
      body: { name: 'owner', password: 'owner password' },
      headers,
    });
    expect(await code(login)).toEqual([403, 'auth.csrf']);
    expect(login.headers.get('set-cookie')).toBeNull();
  });

  it("protects the app's other routes when the middleware is mounted app-wide", async () => {
    expect((await client.call('POST', '/elsewhere', { noCsrf: true })).status).toBe(403);
    expect(await (await client.call('POST', '/elsewhere')).text()).toBe('changed');
    expect(await (await new AuthTestClient(app).call('POST', '/elsewhere')).text()).toBe('changed');
  });
});
