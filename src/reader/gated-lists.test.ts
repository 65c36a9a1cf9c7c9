import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureName, readerWith, storeReaderFixtures } from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import { createApp } from '../server/create-app.js';
import type { Database } from '../store/open-database.js';
import { createMember } from '../users/add-user.js';
import { startSession } from '../users/session-from-token.js';
import { readEpisode } from './read-episode.js';
import { decodeCursor, readFeed } from './read-feed.js';
import { readShow } from './read-show.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { FeedPage, FeedQuery } from './reader-schemas.js';

const show = 'my-liberation-notes';

/**
 * Lists, their cursors and their filters come from what the gate shows the reader, never from hidden rows. The
 * fixtures, newest first: video11 (bts video, ep. 11), recap11 (ep. 11), ratings8 (no plot, but the ratings of ep. 8,
 * gated like the show's ratings chart) and preair; all four name Son Suk-ku. A reader who follows nothing (and hides
 * unfollowed shows' plot) may see preair only.
 */
for (const target of storageTargets) {
  describe.skipIf(!target.available)(`gated lists on ${target.name}`, () => {
    let database: Database;
    let deps: ReaderDeps;
    let ids: Record<FixtureName, string>;
    let cookie: string;
    beforeAll(async () => {
      database = await target.open();
      ({ deps, ids } = await storeReaderFixtures(database));
      const user = await createMember(database.db, { name: 'nobody-followed', password: 'a long password' });
      cookie = `haebang_session=${(await startSession(database.db, user)).token}`;
    }, 180_000);
    afterAll(() => database?.close());

    /** Every page of a query, one entry per page; each cursor must point at an entry of its own page. */
    async function allPages(reader: Reader, query: FeedQuery): Promise<FeedPage[]> {
      const pages: FeedPage[] = [];
      let cursor: string | undefined;
      do {
        const page = await readFeed(deps, reader, { ...query, limit: 1, cursor });
        pages.push(page);
        if (page.nextCursor) expect(page.entries.map((e) => e.id)).toContain(decodeCursor(page.nextCursor).id);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && pages.length < 10);
      return pages;
    }

    const nothingFollowed = readerWith({});
    it.each<[string, Reader, FeedQuery, FixtureName[]]>([
      ['by person, following nothing', nothingFollowed, { person: 'son-suk-ku' }, ['preair']],
      ['by kind bts, at ep. 10', readerWith({ [show]: 10 }), { kind: 'bts' }, []],
      ['by kind bts, at ep. 11', readerWith({ [show]: 11 }), { kind: 'bts' }, ['video11']],
      ['by media video, at ep. 10', readerWith({ [show]: 10 }), { media: 'video' }, []],
      ['by media article, following nothing', nothingFollowed, { media: 'article' }, ['preair']],
      ['by person, at ep. 8', readerWith({ [show]: 8 }), { person: 'son-suk-ku' }, ['ratings8', 'preair']],
      ['by show and kind, at ep. 10', readerWith({ [show]: 10 }), { show, kind: 'bts' }, []],
    ])('%s: pages over the shown items only', async (_, reader, query, expected) => {
      const pages = await allPages(reader, query);
      const listed = pages.flatMap((p) => p.entries);
      expect(listed.every((e) => !e.hidden)).toBe(true);
      expect(listed.map((e) => e.id)).toEqual(expected.map((n) => ids[n]));
      expect(pages.filter((p) => !p.entries.length).length).toBe(expected.length ? 0 : 1);
    });

    it('a revealed video matches media=video', async () => {
      const reader = readerWith({ [show]: 10 }, 'hide', [ids.video11]);
      const listed = (await allPages(reader, { media: 'video' })).flatMap((p) => p.entries);
      expect(listed.map((e) => [e.id, e.hidden])).toEqual([[ids.video11, false]]);
    });

    it('by show alone: hidden cards that name the show are listed, and the cursor is a listed entry', async () => {
      const listed = (await allPages(readerWith({ [show]: 10 }), { show })).flatMap((p) => p.entries);
      expect(listed.map((e) => [e.id, e.hidden])).toEqual([
        [ids.video11, true],
        [ids.recap11, true],
        [ids.ratings8, false],
        [ids.preair, false],
      ]);
    });

    it('show page: hidden videos are cards among the articles, never in the videos', async () => {
      const page = await readShow(deps, readerWith({ [show]: 10 }), show);
      expect(page.videos).toEqual([]);
      expect(page.articles.map((e) => [e.id, e.hidden])).toEqual([
        [ids.video11, true],
        [ids.recap11, true],
        [ids.ratings8, false],
        [ids.preair, false],
      ]);
      const caughtUp = await readShow(deps, readerWith({ [show]: 11 }), show);
      expect(caughtUp.videos.map((e) => e.id)).toEqual([ids.video11]);
    });

    it('episode page: hidden videos are cards among the articles', async () => {
      const page = await readEpisode(deps, readerWith({ [show]: 10 }), show, 11);
      expect(page.videos).toEqual([]);
      expect(page.articles.map((e) => [e.id, e.hidden])).toEqual([
        [ids.video11, true],
        [ids.recap11, true],
      ]);
    });

    it('GET /api/feed?person=…&limit=1 and the HTML "Older items" link carry no hidden item', async () => {
      const app = createApp(deps);
      // The three newest items are hidden from this reader (ratings8 reports ep. 8's ratings): the page is the
      // pre-air news, and a cursor, if any, is that item.
      const api = await app.request('/api/feed?person=son-suk-ku&limit=1', { headers: { cookie } });
      const body = (await api.json()) as FeedPage;
      expect(body.entries.map((e) => e.id)).toEqual([ids.preair]);
      if (body.nextCursor) expect(decodeCursor(body.nextCursor).id).toBe(ids.preair);
      const html = await (await app.request('/?person=son-suk-ku&limit=1', { headers: { cookie } })).text();
      const older = /href="\/\?[^"]*cursor=([^"&]+)[^"]*"[^>]*>Older items/.exec(html);
      if (older) expect(decodeCursor(decodeURIComponent(older[1])).id).toBe(ids.preair);
      for (const name of ['video11', 'recap11', 'ratings8'] as const) expect(html).not.toContain(ids[name]);
      const kinds = await (await app.request('/?kind=bts', { headers: { cookie } })).text();
      expect(kinds).not.toContain(ids.video11);
    });
  });
}
