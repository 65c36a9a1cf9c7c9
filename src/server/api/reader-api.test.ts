import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../../test/storage-targets.js';
import {
  episodePageSchema,
  feedPageSchema,
  itemPageSchema,
  personPageSchema,
  searchResultSchema,
  showListSchema,
  showPageSchema,
} from '../../reader/reader-schemas.js';
import type { Database } from '../../store/open-database.js';
import type { AuthTestClient } from '../auth/auth-test-client.js';
import type { ApiRouteSpec } from './api-route.js';
import { errorBodySchema } from './api-schemas.js';
import { type ApiTestApp, apiItems, itemUrl, openApiTestApp } from './api-test-app.js';
import { readerRoutes, sourcesRoutes } from './reader-routes.js';

const show = 'my-liberation-notes';

/** GETs a path and returns its JSON body parsed by the schema (the test fails if the answer does not fit it). */
async function getParsed<T>(client: AuthTestClient, path: string, schema: { parse(v: unknown): T }) {
  const res = await client.call('GET', path);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { body: schema.parse(JSON.parse(text)), text };
}

/** Nothing of the item may appear anywhere in the serialized answer. */
function expectNothingOf(text: string, name: keyof typeof apiItems) {
  const item = apiItems[name];
  for (const secret of [item.title, 'slowly', 'quiet score', 'second viewing', itemUrl(name), 'quiet-12', 'twelfth'])
    expect(text).not.toContain(secret);
  expect(item.image && text.includes(item.image)).toBeFalsy();
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`reader API on ${target.name}`, () => {
    let database: Database;
    let t: ApiTestApp;
    beforeAll(async () => {
      database = await target.open();
      t = await openApiTestApp(database);
      await t.ana.call('PUT', `/api/progress/${show}`, { body: { watchedThrough: 10 } });
    }, 120_000);
    afterAll(() => database?.close());

    it.each<ApiRouteSpec>([...Object.values(readerRoutes), ...Object.values(sourcesRoutes)])(
      'answers $method $path with 401 auth.required when nobody is logged in',
      async (spec) => {
        const path = `/api${spec.path.replace(':showId', show).replace(':episode', '1').replace(/:\w+/g, 'x1')}`;
        const res = await t.anonymous.call(spec.method.toUpperCase(), `${path}?q=gu`, { body: spec.body && {} });
        expect(res.status).toBe(401);
        expect(errorBodySchema.parse(await res.json()).error.code).toBe('auth.required');
      },
    );

    it('feed: an item past the reader’s progress is a hidden card with nothing of the item', async () => {
      const { body, text } = await getParsed(t.ana, '/api/feed', feedPageSchema);
      expect(body.entries.map((e) => e.id)).toEqual([t.ids.recap12, t.ids.recap4, t.ids.preair]);
      expect(body.entries[0]).toEqual({
        id: t.ids.recap12,
        hidden: true,
        publishedAt: expect.any(String),
        starred: false,
        reasons: [
          expect.objectContaining({
            showId: show,
            throughEpisode: 12,
            watched: 10,
            text: expect.stringMatching(/ep\. 12; you are at ep\. 10/),
          }),
        ],
      });
      expect(body.entries[1]).toMatchObject({ hidden: false, title: apiItems.recap4.title, url: itemUrl('recap4') });
      expectNothingOf(text, 'recap12');
    });

    it('item, show, episode, person and search pages leak nothing of the hidden item', async () => {
      const item = await getParsed(t.ana, `/api/items/${t.ids.recap12}`, itemPageSchema);
      expect(item.body).toMatchObject({ hidden: true, reasons: [{ throughEpisode: 12 }] });
      expect(item.text).not.toMatch(/contentHtml|captions|snippet/);
      const pages = [
        await getParsed(t.ana, `/api/shows/${show}`, showPageSchema),
        await getParsed(t.ana, `/api/shows/${show}/episodes/12`, episodePageSchema),
        await getParsed(t.ana, '/api/people/kim-ji-won', personPageSchema),
        await getParsed(t.ana, `/api/search?q=${encodeURIComponent('slowly twice')}`, searchResultSchema),
        await getParsed(t.ana, '/api/search?q=Kim+Ji-won', searchResultSchema),
      ];
      // (A search answer repeats the query, which is the reader's own words: leave it out of the check.)
      for (const { text } of [item, ...pages]) expectNothingOf(text.replace(/"query":"[^"]*"/, ''), 'recap12');
      const [showPage, episodePage, , search] = pages.map((p) => p.body) as [
        typeof showPageSchema._zod.output,
        typeof episodePageSchema._zod.output,
        unknown,
        typeof searchResultSchema._zod.output,
      ];
      expect(showPage.articles.find((a) => a.id === t.ids.recap12)?.hidden).toBe(true);
      expect(episodePage.articles.map((a) => [a.id, a.hidden])).toEqual([[t.ids.recap12, true]]);
      // Neither listed nor counted: the search answer has no trace of it at all.
      expect(search.items).toEqual([]);
      expect(pages[3].text).not.toContain(t.ids.recap12);
    });

    it('a reveal shows that one item: in the item page, the feed and search', async () => {
      expect((await t.ana.call('POST', `/api/reveals/${t.ids.recap12}`)).status).toBe(204);
      const { body } = await getParsed(t.ana, `/api/items/${t.ids.recap12}`, itemPageSchema);
      if (body.hidden) throw new Error('expected the revealed item');
      expect(body).toMatchObject({ revealed: true, title: apiItems.recap12.title, imageUrl: apiItems.recap12.image });
      expect(body.contentHtml).toContain('quiet score');
      const search = await getParsed(t.ana, '/api/search?q=slowly+twice', searchResultSchema);
      expect(search.body.items.map((i) => i.id)).toEqual([t.ids.recap12]);
      const feed = await getParsed(t.ana, '/api/feed?limit=1', feedPageSchema);
      expect(feed.body.entries[0]).toMatchObject({ id: t.ids.recap12, hidden: false, revealed: true });
      expect(feed.body.nextCursor).toEqual(expect.any(String));
      const next = await getParsed(t.ana, `/api/feed?limit=1&cursor=${feed.body.nextCursor}`, feedPageSchema);
      expect(next.body.entries.map((e) => e.id)).toEqual([t.ids.recap4]);
    });

    it('one user sees neither another’s progress nor their reveals', async () => {
      const shows = await getParsed(t.bo, '/api/shows', showListSchema);
      expect(shows.body.shows.find((s) => s.id === show)?.watchedThrough).toBeNull();
      const anas = await getParsed(t.ana, '/api/shows', showListSchema);
      expect(anas.body.shows.find((s) => s.id === show)?.watchedThrough).toBe(10);
      const feed = await getParsed(t.bo, '/api/feed', feedPageSchema);
      expect(feed.body.entries.find((e) => e.id === t.ids.recap12)).toMatchObject({
        hidden: true,
        reasons: [{ watched: null }],
      });
      expect(feed.body.entries.find((e) => e.id === t.ids.recap4)?.hidden).toBe(true);
      expectNothingOf(feed.text, 'recap12');
      expect(await (await t.bo.call('GET', '/api/progress')).json()).toEqual({ progress: {} });
    });

    it('filters the feed by show, person and kind', async () => {
      const byKind = await getParsed(t.owner, '/api/feed?kind=preair', feedPageSchema);
      expect(byKind.body.entries.map((e) => e.id)).toEqual([t.ids.preair]);
      const byShow = await getParsed(t.owner, `/api/feed?show=${show}`, feedPageSchema);
      expect(byShow.body.entries).toHaveLength(3);
      // Filtering by a person leaves hidden items out altogether (the owner follows nothing: only pre-air is shown).
      const byPerson = await getParsed(t.owner, '/api/feed?person=son-suk-ku', feedPageSchema);
      expect(byPerson.body.entries.map((e) => e.id)).toEqual([t.ids.preair]);
    });

    it.each([
      ['/api/feed?limit=0', 400, 'input.invalid'],
      ['/api/feed?kind=gossip', 400, 'input.invalid'],
      ['/api/feed?cursor=nonsense', 400, 'input.invalid'],
      ['/api/search', 400, 'input.invalid'],
      ['/api/search?q=%20%20', 400, 'input.invalid'],
      ['/api/shows/Not_An_Id', 400, 'input.invalid'],
      ['/api/shows/no-such-show', 404, 'not-found'],
      [`/api/shows/${show}/episodes/two`, 400, 'input.invalid'],
      [`/api/shows/${show}/episodes/99`, 404, 'not-found'],
      ['/api/people/nobody-at-all', 404, 'not-found'],
      ['/api/items/no-such-item', 404, 'not-found'],
    ])('answers GET %s with %i %s', async (path, status, code) => {
      const res = await t.ana.call('GET', path);
      expect(res.status).toBe(status);
      expect(errorBodySchema.parse(await res.json()).error.code).toBe(code);
    });
  });
}
