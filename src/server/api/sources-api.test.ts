import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../../test/storage-targets.js';
import { loadDemoItems } from '../../demo/load-demo-items.js';
import { searchResultSchema } from '../../reader/reader-schemas.js';
import { readCatalog } from '../../store/catalog-repository.js';
import { countItems } from '../../store/items-repository.js';
import type { Database } from '../../store/open-database.js';
import {
  catalogReportSchema,
  demoRemovedSchema,
  errorBodySchema,
  feedListSchema,
  feedRemovedSchema,
  feedViewSchema,
} from './api-schemas.js';
import { type ApiTestApp, openApiTestApp } from './api-test-app.js';
import { maxCatalogBytes } from './sources-api.js';

const feedUrl = 'https://feeds.example.org/drama.xml';
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`sources API on ${target.name}`, () => {
    let database: Database;
    let t: ApiTestApp;
    beforeAll(async () => {
      database = await target.open();
      t = await openApiTestApp(database);
    }, 120_000);
    afterAll(() => database?.close());

    it.each([
      ['GET', '/api/feeds', undefined],
      ['POST', '/api/feeds', { url: feedUrl }],
      ['DELETE', '/api/feeds/1', undefined],
      ['DELETE', '/api/demo', undefined],
      ['POST', '/api/catalog', { networks: [], people: [], shows: [] }],
    ])('a member gets 403 auth.forbidden on %s %s', async (method, path, body) => {
      const res = await t.ana.call(method, path, { body });
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe('auth.forbidden');
    });

    it('the owner follows a feed, lists it, and stops following it', async () => {
      const added = await t.owner.call('POST', '/api/feeds', { body: { url: feedUrl, intervalMinutes: 60 } });
      expect(added.status).toBe(201);
      const feed = feedViewSchema.parse(await added.json());
      expect(feed).toMatchObject({ url: feedUrl, title: 'Weekend Drama Notes', kind: 'feed', intervalMinutes: 60 });

      const again = await t.owner.call('POST', '/api/feeds', { body: { url: feedUrl } });
      expect([again.status, (await errorOf(again)).code]).toEqual([409, 'feed.exists']);

      const list = feedListSchema.parse(await (await t.owner.call('GET', '/api/feeds')).json());
      expect(list.feeds.map((f) => [f.id, f.url, f.items, f.lastError])).toEqual([[feed.id, feedUrl, 0, null]]);

      const removed = await t.owner.call('DELETE', `/api/feeds/${feed.id}`);
      expect(feedRemovedSchema.parse(await removed.json())).toEqual({ id: feed.id, removedItems: 0 });
      const gone = await t.owner.call('DELETE', `/api/feeds/${feed.id}`);
      expect([gone.status, (await errorOf(gone)).code]).toEqual([404, 'not-found']);
      expect(feedListSchema.parse(await (await t.owner.call('GET', '/api/feeds')).json()).feeds).toEqual([]);
    });

    it.each([
      [{ url: 'ftp://feeds.example.org/drama.xml' }, 400, 'input.invalid'],
      [{ url: feedUrl, intervalMinutes: 1 }, 400, 'input.invalid'],
      [{ url: 'https://feeds.example.org/not-a-feed' }, 422, 'feed.malformed'],
    ])('refuses to follow %j (%i %s)', async (body, status, code) => {
      const res = await t.owner.call('POST', '/api/feeds', { body });
      expect([res.status, (await errorOf(res)).code]).toEqual([status, code]);
    });

    it('the owner removes the demo items, and only those', async () => {
      const { added } = await loadDemoItems(t.deps.ingest);
      expect(added).toBeGreaterThan(0);
      const before = await countItems(database.db);
      const res = await t.owner.call('DELETE', '/api/demo');
      expect(demoRemovedSchema.parse(await res.json())).toEqual({ removedItems: added });
      expect(await countItems(database.db)).toBe(before - added);
      expect(demoRemovedSchema.parse(await (await t.owner.call('DELETE', '/api/demo')).json())).toEqual({
        removedItems: 0,
      });
    }, 60_000);

    it('refuses a state change without the CSRF token', async () => {
      const res = await t.owner.call('POST', '/api/feeds', { body: { url: feedUrl }, noCsrf: true });
      expect([res.status, (await errorOf(res)).code]).toEqual([403, 'auth.csrf']);
    });

    it('an invalid catalog: 400 with every problem, and nothing changes', async () => {
      const before = await readCatalog(database.db);
      const res = await t.owner.call('POST', '/api/catalog', {
        body: {
          networks: [{ id: 'ena', name: 'ENA' }],
          people: [{ id: 'Park Eun-bin', name: 'Park Eun-bin', hangul: '박은빈' }],
          shows: [{ id: 'a-show', title: 'A show', hangul: '쇼', network: 'no-such-network', episodeCount: 0 }],
        },
      });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('catalog.invalid');
      expect(error.details).toEqual([
        expect.stringMatching(/^\$\.people\[0\]\.id: /),
        expect.stringMatching(/^\$\.shows\[0\]\.episodeCount: /),
      ]);
      expect(await readCatalog(database.db)).toEqual(before);
      expect(t.catalogChanges()).toBe(0);
      const notJson = await t.owner.call('POST', '/api/catalog', { body: 'not json' });
      expect([notJson.status, (await errorOf(notJson)).code]).toEqual([400, 'catalog.invalid']);
      const huge = await t.owner.call('POST', '/api/catalog', {
        body: { networks: [], x: 'x'.repeat(maxCatalogBytes) },
      });
      expect([huge.status, (await errorOf(huge)).code]).toEqual([413, 'input.too-large']);
    });

    it('a valid catalog is imported, reported, and the linker rebuilt (search finds the new person)', async () => {
      const res = await t.owner.call('POST', '/api/catalog', {
        body: {
          networks: [{ id: 'ena', name: 'ENA' }],
          people: [{ id: 'park-eun-bin', name: 'Park Eun-bin', hangul: '박은빈' }],
        },
      });
      expect(res.status).toBe(200);
      const report = catalogReportSchema.parse(await res.json());
      expect(report).toMatchObject({ networks: { added: 1 }, people: { added: 1 }, shows: { added: 0 } });
      expect(t.catalogChanges()).toBe(1);
      const search = await t.ana.call('GET', `/api/search?q=${encodeURIComponent('박은빈')}`);
      expect(searchResultSchema.parse(await search.json()).people.map((p) => p.id)).toEqual(['park-eun-bin']);
    });
  });
}
