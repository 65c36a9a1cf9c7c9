import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureName, readerFixtures, setupOwner, storeReaderFixtures } from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import { createApp } from '../server/create-app.js';
import type { Database } from '../store/open-database.js';
import { setProgress } from '../store/progress-repository.js';

const show = 'my-liberation-notes';

/** Over HTTP, as a browser (forms with _csrf) and as app.js (the JSON API with x-csrf-token). */
for (const target of storageTargets) {
  describe.skipIf(!target.available)(`read and save, pages and API, on ${target.name}`, () => {
    let database: Database;
    let app: ReturnType<typeof createApp>;
    let ids: Record<FixtureName, string>;
    let cookie = '';
    let csrf = '';
    beforeAll(async () => {
      database = await target.open();
      const stored = await storeReaderFixtures(database);
      ids = stored.ids;
      app = createApp(stored.deps);
      ({ cookie, csrf } = await setupOwner(app));
      const user = await database.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      await setProgress(database.db, user.id, show, 10);
    }, 180_000);
    afterAll(() => database?.close());

    const get = async (path: string) => {
      const res = await app.request(path, { headers: { cookie, accept: 'text/html' } });
      return { status: res.status, text: await res.text() };
    };
    const post = (path: string, form: Record<string, string>) =>
      app.request(path, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        body: new URLSearchParams(form).toString(),
      });
    const api = (method: string, path: string, body?: unknown, token = csrf) =>
      app.request(`/api${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('the feed counts unread items in its title and heading, hidden ones never', async () => {
      const { text } = await get('/');
      expect(text).toContain('<title>(2) Feed · haebang</title>');
      expect(text).toContain('<span class="unread-count">2 unread</span>');
      expect(text).toContain(`<article class="item unread" id="item-${ids.ratings8}"`);
      for (const name of ['recap11', 'video11'] as const) expect(text).not.toContain(readerFixtures[name].title);
      const counts = await (await api('GET', '/unread')).json();
      expect(counts).toMatchObject({ unread: 2, byShow: { [show]: 2 } });
      const shows = await get('/shows');
      expect(shows.text).toContain(`<a class="unread-count" href="/?show=${show}">2 unread</a>`);
    });

    it('forms mark read and save, back at the item; writes without the CSRF token are refused', async () => {
      const refused = await post(`/items/${ids.ratings8}/read`, { back: '/' });
      expect(refused.status).toBe(403);
      const res = await post(`/items/${ids.ratings8}/read`, { _csrf: csrf, back: '/' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/#item-${ids.ratings8}`);
      expect((await get('/')).text).toContain('<title>(1) Feed · haebang</title>');
      expect((await post(`/items/${ids.recap11}/star`, { _csrf: csrf, back: '/' })).status).toBe(303);
      const saved = await get('/saved');
      expect(saved.text).toContain('<h1>Saved</h1>');
      expect(saved.text).toContain(`<article class="hidden-card" id="item-${ids.recap11}"`);
      expect(saved.text).not.toContain(readerFixtures.recap11.title);
      expect(saved.text).not.toMatch(/img\.example\.com|news\.example\.com\/recap11/);
      expect((await post(`/items/${ids.recap11}/unstar`, { _csrf: csrf, back: '/saved' })).status).toBe(303);
      expect((await get('/saved')).text).toContain('Nothing saved yet');
    });

    it('the API: read, unread, star, saved and mark all read, each write behind x-csrf-token', async () => {
      expect((await api('POST', `/items/${ids.preair}/read`, undefined, 'wrong')).status).toBe(403);
      expect((await api('POST', `/items/${ids.preair}/read`)).status).toBe(204);
      expect(await (await api('GET', '/unread')).json()).toMatchObject({ unread: 0 });
      expect((await api('DELETE', `/items/${ids.preair}/read`)).status).toBe(204);
      expect((await api('POST', `/items/${ids.preair}/star`)).status).toBe(204);
      const saved = (await (await api('GET', '/saved')).json()) as { entries: Array<{ id: string }> };
      expect(saved.entries.map((e) => e.id)).toEqual([ids.preair]);
      // The ratings news was read by its form above: only the pre-air news is left to mark.
      expect(await (await api('POST', '/read', {})).json()).toEqual({ marked: 1 });
      expect(await (await api('GET', '/unread')).json()).toMatchObject({ unread: 0 });
      const page = await get('/');
      expect(page.text).toContain('<title>Feed · haebang</title>');
      expect((await api('GET', `/unread?show=${show}`)).status).toBe(200);
    });

    it('the item page marks the item read when opened; a hidden one is not', async () => {
      await api('DELETE', `/items/${ids.ratings8}/read`);
      await get(`/items/${ids.recap11}`);
      expect(await (await api('GET', '/unread')).json()).toMatchObject({ unread: 1 });
      const item = await get(`/items/${ids.ratings8}`);
      expect(item.text).toContain('Mark unread');
      expect(await (await api('GET', '/unread')).json()).toMatchObject({ unread: 0 });
    });
  });
}
