import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../store/open-database.js';
import { createMember, createOwner } from '../../users/add-user.js';
import { AuthTestClient, openAuthApp } from './auth-test-client.js';

describe('reading state API', () => {
  let database: Database;
  let a: AuthTestClient;
  let b: AuthTestClient;
  let anonymous: AuthTestClient;
  beforeAll(async () => {
    const opened = await openAuthApp();
    database = opened.database;
    await createOwner(database.db, { name: 'owner', password: 'owner password' });
    await createMember(database.db, { name: 'ana', password: 'ana password' });
    await createMember(database.db, { name: 'bo', password: 'bo password' });
    [a, b, anonymous] = [0, 1, 2].map(() => new AuthTestClient(opened.app));
    await a.login('ana', 'ana password');
    await b.login('bo', 'bo password');
  });
  afterAll(async () => database?.close());

  const json = async (res: Promise<Response>) => (await res).json();

  it("keeps each member's progress and reveals to themselves", async () => {
    await a.call('PUT', '/api/progress/my-liberation-notes', { body: { watchedThrough: 11 } });
    await a.call('POST', '/api/reveals/item-42');
    expect(await json(b.call('GET', '/api/progress'))).toEqual({ progress: {} });
    expect(await json(b.call('GET', '/api/reveals'))).toEqual({ reveals: [] });
    await b.call('PUT', '/api/progress/my-liberation-notes', { body: { watchedThrough: 2 } });
    await b.call('DELETE', '/api/reveals/item-42');
    expect(await json(b.call('GET', '/api/progress?user=1&userId=1'))).toEqual({
      progress: { 'my-liberation-notes': 2 },
    });
    expect(await json(a.call('GET', '/api/progress'))).toEqual({ progress: { 'my-liberation-notes': 11 } });
    expect(await json(a.call('GET', '/api/reveals'))).toEqual({ reveals: ['item-42'] });
  });

  it('stops following a show and un-reveals an item', async () => {
    await a.call('PUT', '/api/progress/move-to-heaven', { body: { watchedThrough: 0 } });
    expect((await a.call('DELETE', '/api/progress/my-liberation-notes')).status).toBe(204);
    expect((await a.call('DELETE', '/api/reveals/item-42')).status).toBe(204);
    expect(await json(a.call('GET', '/api/progress'))).toEqual({ progress: { 'move-to-heaven': 0 } });
    expect(await json(a.call('GET', '/api/reveals'))).toEqual({ reveals: [] });
  });

  it('keeps the unfollowed-shows setting per user, hiding by default', async () => {
    expect(await json(a.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'hide' });
    expect(await json(a.call('PUT', '/api/settings', { body: { unfollowedPolicy: 'show' } }))).toEqual({
      unfollowedPolicy: 'show',
    });
    expect(await json(a.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'show' });
    expect((await json(a.call('GET', '/api/session'))).user.unfollowedPolicy).toBe('show');
    expect(await json(b.call('GET', '/api/settings'))).toEqual({ unfollowedPolicy: 'hide' });
  });

  it.each([
    ['PUT', '/api/progress/My_Show', { watchedThrough: 1 }, /path/],
    ['PUT', '/api/progress/move-to-heaven', { watchedThrough: -1 }, /watchedThrough/],
    ['PUT', '/api/progress/move-to-heaven', { watchedThrough: 1.5 }, /whole episode/],
    ['PUT', '/api/settings', { unfollowedPolicy: 'blur' }, /unfollowedPolicy/],
    ['POST', '/api/reveals/has%20space', undefined, /item id/],
  ])('answers %s %s with 400 for an invalid request', async (method, path, body, message) => {
    const res = await a.call(method, path, { body });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  it.each([
    ['GET', '/api/progress'],
    ['PUT', '/api/progress/move-to-heaven'],
    ['GET', '/api/settings'],
    ['GET', '/api/reveals'],
    ['POST', '/api/reveals/item-1'],
  ])('answers %s %s with 401 when nobody is logged in', async (method, path) => {
    const res = await anonymous.call(method, path, { body: method === 'PUT' ? { watchedThrough: 1 } : undefined });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('auth.required');
  });
});
