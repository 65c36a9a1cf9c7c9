import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureName, readerFixtures, setupOwner, storeReaderFixtures } from '../../../test/reader-fixtures.js';
import { storageTargets } from '../../../test/storage-targets.js';
import type { Database } from '../../store/open-database.js';
import { setProgress } from '../../store/progress-repository.js';
import { createApp } from '../create-app.js';

const show = 'my-liberation-notes';

/** The reader's own Atom and JSON feeds: exactly what the gate shows, read back by a real parser, and nothing leaks. */
for (const target of storageTargets) {
  describe.skipIf(!target.available)(`safe feeds on ${target.name}`, () => {
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
      // At ep. 10: the ep. 11 recap and video are hidden; the pre-air news and ep. 8's ratings are shown.
      await setProgress(database.db, user.id, show, 10);
    }, 180_000);
    afterAll(() => database?.close());

    const token = async (method: 'PUT' | 'DELETE', body?: object) =>
      app.request('/api/feed-token', {
        method,
        headers: { cookie, 'x-csrf-token': csrf, origin: 'http://localhost', 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
    const fetchFeed = async (url: string) => {
      const res = await app.request(new URL(url).pathname);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    const expectNoLeak = (text: string) => {
      for (const name of ['recap11', 'video11'] as const) {
        const f = readerFixtures[name];
        expect(text).not.toContain(f.title);
        expect(text).not.toContain(ids[name]);
        expect(text).not.toContain(`news.example.com/${name}`);
      }
      expect(text).not.toMatch(/bus stop|Mr\. Gu|img\.example|ytimg|\bbts\b|\bvideo\b|unread/i);
    };

    it('lists hidden items as bare "hidden" entries, parsed by feedsmith as Atom and JSON Feed', async () => {
      const made = (await (await token('PUT', {})).json()) as { atomUrl: string; jsonUrl: string };
      const atom = await fetchFeed(made.atomUrl);
      expect(atom).toMatchObject({ status: 200, type: 'application/atom+xml; charset=utf-8' });
      const parsed = parseAtomFeed(atom.text);
      const titles = (parsed.entries ?? []).map((e) => (typeof e.title === 'string' ? e.title : e.title?.value));
      expect(titles).toEqual([
        'hidden: reveals My Liberation Notes ep. 11; you are at ep. 10',
        'hidden: reveals My Liberation Notes ep. 11; you are at ep. 10',
        readerFixtures.ratings8.title,
        readerFixtures.preair.title,
      ]);
      expectNoLeak(atom.text);
      const json = await fetchFeed(made.jsonUrl);
      expect(json.type).toBe('application/feed+json; charset=utf-8');
      const items = parseJsonFeed(JSON.parse(json.text)).items ?? [];
      expect(items.map((i) => i.title)).toEqual(titles);
      expect(items.slice(0, 2).every((i) => !i.content_text && !i.tags && !i.external_url)).toBe(true);
      expect(new Set(items.map((i) => i.id)).size).toBe(4);
      expectNoLeak(json.text);
    });

    it('leaves hidden items out when the reader chose so; a rotated or revoked URL is 404', async () => {
      const first = (await (await token('PUT', {})).json()) as { atomUrl: string };
      const omit = (await (await token('PUT', { hiddenItems: 'omit' })).json()) as { atomUrl: string; jsonUrl: string };
      expect((await fetchFeed(first.atomUrl)).status).toBe(404);
      const atom = await fetchFeed(omit.atomUrl);
      expect((parseAtomFeed(atom.text).entries ?? []).map((e) => e.id)).toHaveLength(2);
      expect(atom.text).not.toContain('hidden');
      expectNoLeak(atom.text);
      expect((await token('DELETE')).status).toBe(204);
      expect((await fetchFeed(omit.jsonUrl)).status).toBe(404);
      expect((await fetchFeed('http://localhost/feeds/not-a-token-at-all-12345/atom')).status).toBe(404);
    });

    it('refuses unknown body fields and needs a session', async () => {
      expect((await token('PUT', { hiddenItems: 'all' })).status).toBe(400);
      expect((await app.request('/api/feed-token', { method: 'PUT' })).status).toBe(401);
    });
  });
}
