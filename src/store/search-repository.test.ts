import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { titleKeyOf } from '../ingest/prepare-item.js';
import { insertItem, type NewItem } from './items-repository.js';
import { down, up } from './migrations/0018-item-search.js';
import { newestMatches } from './newest-matches.js';
import type { Database } from './open-database.js';
import { toSearchQuery } from './search-query.js';
import { matchItemText, matchTitleKey, searchItemIds } from './search-repository.js';
import { readSearchStats, type SearchStats } from './search-stats.js';

/** Four items of the kind the feeds bring (written for this test): English and Korean, names in several spellings. */
const items = {
  look: {
    title: 'Shin Min-a and Kim Seon-ho look back on Hometown Cha-Cha-Cha',
    summary: 'The two leads talked about filming in a seaside village.',
    text: 'The two leads talked about filming in a seaside village, and about the scenes fans still quote.',
    at: '2024-03-03T09:00:00Z',
    person: 'kim-seon-ho',
  },
  korean: {
    title: '갯마을 차차차 김선호, 촬영 비하인드 공개',
    summary: '',
    text: '배우 김선호가 드라마 촬영 현장을 떠올렸다. 바닷가 마을에서 보낸 시간이 가장 기억에 남는다고 말했다.',
    at: '2024-03-02T09:00:00Z',
    person: 'kim-seon-ho',
  },
  ratings: {
    title: 'Weekend ratings roundup',
    summary: 'A seaside romance held its lead.',
    text: 'Hometown Cha-Cha-Cha stayed on top of its time slot for another week, while a new legal drama opened strong.',
    at: '2024-03-04T09:00:00Z',
    person: null,
  },
  project: {
    title: 'Kim Ji-won on choosing her next project',
    summary: 'The actress said she reads every script twice.',
    text: 'The actress said she reads every script twice before she says yes.',
    at: '2024-03-01T09:00:00Z',
    person: 'kim-ji-won',
  },
} as const;
type Name = keyof typeof items;

function item(name: Name): NewItem {
  const x = items[name];
  return {
    id: `search-${name}`,
    ...{ feedId: null, guid: null, url: null, canonicalUrl: null, author: null, sourceName: null, videoId: null },
    ...{ imageUrl: null, imageCaption: null, imageCredit: null, contentHtml: '', kind: 'news', analysis: {} },
    title: x.title,
    titleKey: titleKeyOf(x.title),
    publishedAt: new Date(x.at),
    publishedDate: x.at.slice(0, 10),
    mediaType: 'article',
    summary: x.summary,
    doc: { title: x.title, text: `${x.title}\n\n${x.text}`, blocks: [] },
    analyzedWith: 'test',
    entities: x.person ? [{ kind: 'person', entityId: x.person, mentions: 1, spellings: [] }] : [],
    horizons: [],
  };
}

// What each search finds, best first: items with every word in the title, then the rest, newest first within each.
const cases: Array<[string, Name[]]> = [
  ['hometown cha-cha-cha', ['look', 'ratings']],
  ['Hometown Cha Cha Cha', ['look', 'ratings']],
  ['hometo', ['look', 'ratings']],
  ['갯마을 차차차', ['korean']],
  ['김선호', ['korean']],
  ['김', ['korean']],
  ['바닷가 마을', ['korean']],
  ['jiwon', ['project']],
  ['KIM JI-WON', ['project']],
  ['ｋｉｍ', ['look', 'project']],
  ['seaside', ['ratings', 'look']],
  ['seaside village', ['look']],
  ['script twice', ['project']],
  ['legal drama', ['ratings']],
  ['nothing like this', []],
  ['!!!', []],
];

for (const target of storageTargets)
  describe.skipIf(!target.available)(`item search on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
      // Two items stored before migration 0018, two after: the migration fills the rows already there.
      await down(database.db as Kysely<unknown>);
      for (const name of ['look', 'korean'] as const) await insertItem(database.db, item(name));
      await up(database.db as Kysely<unknown>);
      for (const name of ['ratings', 'project'] as const) await insertItem(database.db, item(name));
    });
    afterAll(async () => database?.close());

    it.each(cases)('%s', async (q, expected) => {
      const ids = expected.map((n) => `search-${n}`);
      expect(await searchItemIds(database.db, [], q, 10)).toEqual(ids);
      // Found month by month: the items are of March 2024, this month, 33 months ago (a step), then older than every step.
      for (const now of ['2024-03-20', '2026-12-01', '2030-01-01'].map((d) => new Date(`${d}T00:00:00Z`))) {
        expect((await matchItemText(database.db, q, 10, now)).map((r) => r.id).sort()).toEqual([...ids].sort());
        // The steps from `now` on, as if items were dated up to it (matchItemText starts at the newest item's month).
        const query = toSearchQuery(q);
        const stepped = query
          ? (await newestMatches(query, 10, { now, stats: null, first: now }).execute(database.db)).rows
          : [];
        expect(stepped.map((r) => r.id).sort()).toEqual([...ids].sort());
      }
    });

    // Statistics that make every term common (the newest items read first, every term checked on the rows found),
    // common with few items a month (checked, not read first), or rare: the same items, in the same order.
    const plans: Array<[string, SearchStats]> = [
      ['read first', { freqs: new Map(), rare: 2, perMonth: 1e9 }],
      ['checked', { freqs: new Map(), rare: 1, perMonth: 1 }],
      ['rare', { freqs: new Map(), rare: 0.0002, perMonth: 1e9 }],
    ];
    it.each(plans)('finds the same whatever the statistics say (%s)', async (_, stats) => {
      for (const [q] of cases)
        for (const now of ['2024-03-03', '2024-05-10', '2030-01-01'].map((d) => new Date(`${d}T00:00:00Z`)))
          for (const limit of [1, 2, 10]) {
            const found = async (s: SearchStats | null) =>
              (await matchItemText(database.db, q, limit, now, s)).map((r) => r.id);
            expect(await found(stats), `${q} ${limit}`).toEqual(await found(null));
            expect(await searchItemIds(database.db, [], q, limit, true, now, stats)).toEqual(
              await searchItemIds(database.db, [], q, limit, true, now, null),
            );
          }
    });

    it("reads the items' statistics once they are analysed", async () => {
      expect(await readSearchStats(database.db)).toBeNull();
      await sql`analyze items`.execute(database.db);
      // Read again once the cached figures are five minutes old.
      const stats = await readSearchStats(database.db, Date.now() + 5 * 60_000);
      // 'seaside' is in two of the four items; four items in three days are forty a month at that pace.
      expect(stats?.freqs.get('seaside')).toBeCloseTo(0.5);
      expect(stats?.perMonth).toBeCloseTo(40.6, 0);
    });

    it('takes the newest matches month by month, across the steps', async () => {
      const ids = async (now: string, limit: number) =>
        (await matchItemText(database.db, 'on', limit, new Date(now))).map((r) => r.id);
      expect(await ids('2024-05-10T00:00:00Z', 10)).toEqual(['search-ratings', 'search-look', 'search-project']);
      expect(await ids('2024-05-10T00:00:00Z', 2)).toEqual(['search-ratings', 'search-look']);
      expect(await ids('2024-03-01T00:00:00Z', 10)).toEqual(['search-ratings', 'search-look', 'search-project']);
    });

    it('ranks title matches first, then the items that name what the catalog found, newest first', async () => {
      const ids = await searchItemIds(database.db, [{ kind: 'person', id: 'kim-seon-ho' }], 'kim seon-ho', 10);
      expect(ids).toEqual(['search-look', 'search-korean']);
    });

    it('keeps the trigram title query (the baseline) as it was: fragments of the folded title', async () => {
      expect((await matchTitleKey(database.db, titleKeyOf('cha cha'), 10)).map((r) => r.id)).toEqual(['search-look']);
      expect(await matchTitleKey(database.db, 'x', 10)).toEqual([]);
    });
  });
