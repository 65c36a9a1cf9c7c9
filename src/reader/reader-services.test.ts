import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFixtureReader,
  type FixtureName,
  readerFixtures,
  readerWith,
  storeReaderFixtures,
} from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { readEpisode } from './read-episode.js';
import { readFeed } from './read-feed.js';
import { readItem } from './read-item.js';
import { readPerson } from './read-person.js';
import { readShow } from './read-show.js';
import type { ReaderDeps } from './reader-deps.js';
import {
  feedPageSchema,
  itemPageSchema,
  personPageSchema,
  searchResultSchema,
  showPageSchema,
} from './reader-schemas.js';
import { searchEverything } from './search-everything.js';

const show = 'my-liberation-notes';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`reader services on ${target.name}`, () => {
    let database: Database;
    let deps: ReaderDeps;
    let ids: Record<FixtureName, string>;
    beforeAll(async () => {
      database = await target.open();
      ({ deps, ids } = await storeReaderFixtures(database));
      await addFixtureReader(database.db);
    }, 120_000);
    afterAll(() => database?.close());

    it('stores the fixtures with the horizons they were written for (no plot: none; ratings: the episode reported)', async () => {
      const all = await readFeed(deps, readerWith({ [show]: 16 }), {});
      const horizon = (name: FixtureName) => {
        const e = all.entries.find((x) => x.id === ids[name]);
        return e && !e.hidden ? e.horizons.find((h) => h.showId === show)?.throughEpisode : undefined;
      };
      expect({
        preair: horizon('preair'),
        ratings8: horizon('ratings8'),
        recap11: horizon('recap11'),
        video11: horizon('video11'),
      }).toEqual({ preair: undefined, ratings8: 8, recap11: 11, video11: 11 });
    });

    it('hides what passes the reader, with the reason, and nothing of the item', async () => {
      const page = feedPageSchema.parse(await readFeed(deps, readerWith({ [show]: 10 }), {}));
      const recap = page.entries.find((e) => e.id === ids.recap11)!;
      expect(recap).toMatchObject({
        hidden: true,
        reasons: [
          {
            showId: show,
            throughEpisode: 11,
            watched: 10,
            text: 'reveals My Liberation Notes ep. 11; you are at ep. 10',
          },
        ],
      });
      const json = JSON.stringify(page.entries.filter((e) => e.hidden));
      for (const f of [readerFixtures.recap11, readerFixtures.video11]) expect(json).not.toContain(f.title);
      expect(json).not.toMatch(/img\.example|ytimg|news\.example|bench|Han Ye-seul|image/i);
      expect(page.entries.find((e) => e.id === ids.ratings8)).toMatchObject({
        hidden: false,
        title: readerFixtures.ratings8.title,
      });
    });

    it('newest first, paged with a cursor', async () => {
      const reader = readerWith({ [show]: 16 });
      const first = await readFeed(deps, reader, { limit: 3 });
      expect(first.entries.map((e) => e.id)).toEqual([ids.video11, ids.recap11, ids.ratings8]);
      const second = await readFeed(deps, reader, { limit: 3, cursor: first.nextCursor! });
      expect(second.entries.map((e) => e.id)).toEqual([ids.preair]);
      expect(second.nextCursor).toBeNull();
      await expect(readFeed(deps, reader, { cursor: 'nonsense' })).rejects.toMatchObject({ code: 'input.invalid' });
    });

    it('a reveal shows one item; progress past it shows it without one', async () => {
      const revealed = await readItem(deps, readerWith({ [show]: 10 }, 'hide', [ids.recap11]), ids.recap11);
      expect(revealed).toMatchObject({ hidden: false, revealed: true });
      const other = await readItem(deps, readerWith({ [show]: 10 }, 'hide', [ids.recap11]), ids.video11);
      expect(other.hidden).toBe(true);
      const later = itemPageSchema.parse(await readItem(deps, readerWith({ [show]: 11 }), ids.recap11));
      expect(later).toMatchObject({ hidden: false, revealed: false });
    });

    it('the item page highlights mentions, keeps captions and gives the evidence', async () => {
      const item = await readItem(deps, readerWith({ [show]: 12 }), ids.recap11);
      if (item.hidden) throw new Error('expected shown');
      expect(item.contentHtml).toMatch(/<a href="\/people\/son-suk-ku" class="mention">손석구<\/a>/);
      expect(item.captions).toEqual([{ text: expect.stringContaining('Kim Ji-won in episode 11'), credit: 'JTBC' }]);
      expect(item).toMatchObject({
        imageUrl: readerFixtures.recap11.image.url,
        imageCredit: 'Test News / Han Ye-seul',
      });
      expect(item.imageCaption).toBe(readerFixtures.recap11.image.caption);
      expect(item.evidence.find((e) => e.showId === show)?.quotes.join(' ')).toMatch(/episode 11/);
      expect(item.related.map((r) => r.id)).toContain(ids.video11);
      expect(item.horizons[0].text).toBe('reveals up to ep. 11; you are at ep. 12');
    });

    it('unfollowed shows: hidden or shown by the reader’s policy', async () => {
      expect((await readItem(deps, readerWith({}, 'hide'), ids.recap11)).hidden).toBe(true);
      expect((await readItem(deps, readerWith({}, 'hide'), ids.preair)).hidden).toBe(false);
      expect((await readItem(deps, readerWith({}, 'show'), ids.recap11)).hidden).toBe(false);
    });

    it('show page: gated items, ratings only through progress, buzz per day', async () => {
      const page = showPageSchema.parse(await readShow(deps, readerWith({ [show]: 10 }), show));
      expect(page.show).toMatchObject({ title: 'My Liberation Notes', hangul: '나의 해방일지', watchedThrough: 10 });
      expect(page.videos).toEqual([]);
      expect(page.articles.find((a) => a.id === ids.recap11)?.hidden).toBe(true);
      expect(page.articles.find((a) => a.id === ids.video11)?.hidden).toBe(true);
      expect(page.buzz.reduce((n, d) => n + d.count, 0)).toBe(4);
      expect(page.episodes.filter((e) => e.number > 10).every((e) => e.rating === null)).toBe(true);
      await expect(readShow(deps, readerWith({}), 'no-such-show')).rejects.toMatchObject({ code: 'not-found' });
    });

    it('episode page: the items about that episode, videos apart', async () => {
      const page = await readEpisode(deps, readerWith({ [show]: 11 }), show, 11);
      expect(page.articles.map((a) => a.id)).toEqual([ids.recap11]);
      expect(page.videos.map((a) => [a.id, a.hidden])).toEqual([[ids.video11, false]]);
      await expect(readEpisode(deps, readerWith({}), show, 99)).rejects.toMatchObject({ code: 'not-found' });
    });

    it('person page: spellings seen, roles, and only shown items', async () => {
      const page = personPageSchema.parse(await readPerson(deps, readerWith({ [show]: 10 }), 'son-suk-ku'));
      expect(page.roles.map((r) => r.show.id)).toContain(show);
      expect(page.items.map((i) => i.id).sort()).toEqual([ids.preair, ids.ratings8].sort());
      // The recap (손석구) and the video (Son Seok-koo) are hidden: their spellings are neither listed nor counted.
      expect(page.spellings).toEqual([
        { spelling: 'Son Seok-gu', items: 1 },
        { spelling: 'Son Suk-ku', items: 1 },
      ]);
      const caughtUp = await readPerson(deps, readerWith({ [show]: 11 }), 'son-suk-ku');
      expect(caughtUp.spellings.map((s) => s.spelling)).toEqual(expect.arrayContaining(['손석구', 'Son Seok-koo']));
    });

    it('search: another spelling and Hangul find the person; hidden items are neither listed nor counted', async () => {
      for (const q of ['Son Suk Ku', '손석구', 'son seok koo']) {
        const r = searchResultSchema.parse(await searchEverything(deps, readerWith({ [show]: 10 }), q));
        expect(
          r.people.map((p) => p.id),
          q,
        ).toContain('son-suk-ku');
        expect(r.items.map((i) => i.id).sort(), q).toEqual([ids.preair, ids.ratings8].sort());
      }
      const byTitle = await searchEverything(deps, readerWith({ [show]: 10 }), 'quiet goodbye');
      expect(byTitle.items).toEqual([]);
      const afterWatching = await searchEverything(deps, readerWith({ [show]: 11 }), 'quiet goodbye');
      expect(afterWatching.items.map((i) => i.id)).toEqual([ids.recap11]);
    });

    it('search: words of an item’s text find it, only once it is shown; title matches rank first', async () => {
      const cases: Array<[string, number, FixtureName[]]> = [
        ['sit together one last time', 10, []],
        ['sit together one last time', 11, ['recap11']],
        ['nationwide rating', 10, ['ratings8']],
        ['episode 11', 10, []],
        ['episode 11', 16, ['video11', 'recap11']],
        // A name and more words: the title that holds them all first, then the newest items that name him.
        ['Son Suk-ku new weekend drama', 10, ['preair', 'ratings8']],
      ];
      for (const [q, watched, expected] of cases) {
        const r = await searchEverything(deps, readerWith({ [show]: watched }), q);
        expect(
          r.items.map((i) => i.id),
          `${q} at ep. ${watched}`,
        ).toEqual(expected.map((n) => ids[n]));
      }
    });
  });
}
