import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../test/storage-targets.js';
import { type ApiTestApp, openApiTestApp } from '../api/api-test-app.js';

describe('reading state API', () => {
  let t: ApiTestApp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const database = await openMemoryDatabase();
    close = database.close;
    t = await openApiTestApp(database);
  }, 120_000);
  afterAll(async () => close?.());

  const json = async (res: Promise<Response>) => (await res).json();
  const rows = async (table: 'progress' | 'reveals') =>
    Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.deps.db)).rows[0].n);

  it("keeps each member's progress and reveals to themselves", async () => {
    const { ana: a, bo: b } = t;
    await a.call('PUT', '/api/progress/my-liberation-notes', { body: { watchedThrough: 11 } });
    await a.call('POST', `/api/reveals/${t.ids.recap12}`);
    expect(await json(b.call('GET', '/api/progress'))).toEqual({ progress: {} });
    expect(await json(b.call('GET', '/api/reveals'))).toEqual({ reveals: [] });
    await b.call('PUT', '/api/progress/my-liberation-notes', { body: { watchedThrough: 2 } });
    await b.call('DELETE', `/api/reveals/${t.ids.recap12}`);
    expect(await json(b.call('GET', '/api/progress'))).toEqual({ progress: { 'my-liberation-notes': 2 } });
    expect(await json(a.call('GET', '/api/progress'))).toEqual({ progress: { 'my-liberation-notes': 11 } });
    expect(await json(a.call('GET', '/api/reveals'))).toEqual({ reveals: [t.ids.recap12] });
  });

  it('stops following a show and un-reveals an item', async () => {
    expect((await t.ana.call('DELETE', '/api/progress/my-liberation-notes')).status).toBe(204);
    expect((await t.ana.call('DELETE', `/api/reveals/${t.ids.recap12}`)).status).toBe(204);
    expect(await json(t.ana.call('GET', '/api/progress'))).toEqual({ progress: {} });
    expect(await json(t.ana.call('GET', '/api/reveals'))).toEqual({ reveals: [] });
  });

  it('keeps the unfollowed-shows setting per user, hiding by default', async () => {
    const { ana: a, bo: b } = t;
    expect(await json(a.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
    expect(await json(a.call('PUT', '/api/settings', { body: { unfollowedPolicy: 'show' } }))).toEqual({
      unfollowedPolicy: 'show',
      unsurePolicy: 'hide',
    });
    expect(await json(a.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'hide' });
    expect((await json(a.call('GET', '/api/session'))).user.unfollowedPolicy).toBe('show');
    expect(await json(b.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'hide' });
  });

  it('keeps the policy for unsure horizons per user: hide by default, warn when asked, kept when left out', async () => {
    const { ana: a, bo: b } = t;
    const body = { unfollowedPolicy: 'hide', unsurePolicy: 'warn' };
    expect(await json(a.call('PUT', '/api/settings', { body }))).toEqual(body);
    expect(await json(a.call('PUT', '/api/settings', { body: { unfollowedPolicy: 'show' } }))).toEqual({
      unfollowedPolicy: 'show',
      unsurePolicy: 'warn',
    });
    expect(await json(b.call('GET', '/api/settings'))).toMatchObject({ unsurePolicy: 'hide' });
    const bad = await a.call('PUT', '/api/settings', { body: { unfollowedPolicy: 'hide', unsurePolicy: 'blur' } });
    expect(bad.status).toBe(400);
    expect(await json(a.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'warn' });
  });

  it.each([
    ['PUT', '/api/progress/My_Show', { watchedThrough: 1 }, 400, 'input.invalid', /path/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: -1 }, 400, 'input.invalid', /watchedThrough/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: 1.5 }, 400, 'input.invalid', /whole episode/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: '3' }, 400, 'input.invalid', /watchedThrough/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: 99 }, 400, 'input.invalid', /has 16 episodes/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: 17 }, 400, 'input.invalid', /from 0 to 16/],
    ['PUT', '/api/progress/my-liberation-notes', { watchedThrough: 3, user: 1 }, 400, 'input.invalid', /user/],
    ['PUT', '/api/progress/no-such-show', { watchedThrough: 1 }, 404, 'not-found', /no show no-such-show/],
    ['DELETE', '/api/progress/no-such-show', undefined, 404, 'not-found', /no show/],
    ['PUT', '/api/settings', { unfollowedPolicy: 'blur' }, 400, 'input.invalid', /unfollowedPolicy/],
    ['POST', '/api/reveals/has%20space', undefined, 400, 'input.invalid', /item id/],
    ['POST', '/api/reveals/no-such-item', undefined, 404, 'not-found', /no item no-such-item/],
    ['DELETE', '/api/reveals/no-such-item', undefined, 404, 'not-found', /no item/],
  ])('answers %s %s %j with %i %s and writes nothing', async (method, path, body, status, code, message) => {
    const before = [await rows('progress'), await rows('reveals')];
    const res = await t.bo.call(method, path, { body });
    expect(res.status).toBe(status);
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect([await rows('progress'), await rows('reveals')]).toEqual(before);
  });

  it('takes the last episode, and 0 for a show not started', async () => {
    for (const watchedThrough of [16, 0])
      expect(await json(t.bo.call('PUT', '/api/progress/my-liberation-notes', { body: { watchedThrough } }))).toEqual({
        showId: 'my-liberation-notes',
        watchedThrough,
      });
  });

  it.each([
    ['GET', '/api/progress'],
    ['PUT', '/api/progress/my-liberation-notes'],
    ['GET', '/api/settings'],
    ['GET', '/api/reveals'],
    ['POST', '/api/reveals/item-1'],
  ])('answers %s %s with 401 when nobody is logged in', async (method, path) => {
    const res = await t.anonymous.call(method, path, { body: method === 'PUT' ? { watchedThrough: 1 } : undefined });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('auth.required');
  });
});
