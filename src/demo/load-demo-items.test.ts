import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { ensureStarterCatalog } from '../catalog/ensure-starter-catalog.js';
import { resolveEpisodeDates } from '../catalog/episode-dates.js';
import { createIngestDeps, type IngestDeps } from '../ingest/ingest-deps.js';
import { prepareItem } from '../ingest/prepare-item.js';
import { readCatalog } from '../store/catalog-repository.js';
import { demoLoadedMetaKey, removeDemoItems } from '../store/demo-repository.js';
import { deleteFeed, insertFeed } from '../store/feeds-repository.js';
import { countItems, insertItem } from '../store/items-repository.js';
import { getMeta } from '../store/meta-repository.js';
import type { Database } from '../store/open-database.js';
import { ensureDemoItems } from './ensure-demo-items.js';
import { loadDemoItems } from './load-demo-items.js';
import { bundledDemoItems, readDemoItems } from './read-demo-items.js';

const MLN = 'my-liberation-notes';
const QOT = 'queen-of-tears';
const LR = 'lovely-runner';
const EAW = 'extraordinary-attorney-woo';

/** Every demo item: the kind and the spoiler horizons (show → last episode revealed) the analyser must give it. */
const intended: Array<[id: string, kind: string, horizons: Record<string, number>]> = [
  ['demo-mln-cast-lineup', 'preair', {}],
  ['demo-mln-poster', 'preair', {}],
  ['demo-mln-ep1-2', 'recap', { [MLN]: 2 }],
  ['demo-mln-ep6', 'recap', { [MLN]: 6 }],
  ['demo-mln-ep11', 'recap', { [MLN]: 11 }],
  ['demo-mln-ep12-bts', 'bts', { [MLN]: 12 }],
  ['demo-mln-ep14', 'recap', { [MLN]: 14 }],
  ['demo-mln-finale', 'finale', { [MLN]: 16 }],
  ['demo-qot-script-reading', 'preair', {}],
  ['demo-qot-teaser', 'preair', {}],
  ['demo-qot-premiere', 'recap', { [QOT]: 1 }],
  ['demo-qot-ep2-bts', 'bts', { [QOT]: 2 }],
  // Ratings news reveals no plot, but is held to the episode whose ratings it reports, like the show's chart.
  ['demo-qot-ep10-ratings', 'ratings', { [QOT]: 10 }],
  // Reveals nothing of Crash Landing on You, but reports its finale's rating (the record it held).
  ['demo-qot-finale-record', 'finale', { [QOT]: 16, 'crash-landing-on-you': 16 }],
  ['demo-qot-review', 'review', { [QOT]: 16 }],
  ['demo-lr-preair', 'preair', {}],
  ['demo-lr-premiere', 'recap', { [LR]: 1 }],
  ['demo-lr-ep2', 'recap', { [LR]: 2 }],
  ['demo-lr-ep4-bts', 'bts', { [LR]: 4 }],
  ['demo-lr-ep13', 'recap', { [LR]: 13 }],
  ['demo-lr-sudden-shower', 'news', {}],
  ['demo-lr-finale', 'finale', { [LR]: 16 }],
  ['demo-eaw-preair', 'preair', {}],
  ['demo-eaw-ep1-bts', 'bts', { [EAW]: 1 }],
  ['demo-eaw-ep8-ratings', 'ratings', { [EAW]: 8 }],
  ['demo-eaw-ep9', 'recap', { [EAW]: 9 }],
  ['demo-eaw-finale', 'finale', { [EAW]: 16 }],
  ['demo-glory-preair', 'preair', {}],
  ['demo-glory-part1-review', 'review', { 'the-glory': 8 }],
  ['demo-glory-part2', 'finale', { 'the-glory': 16 }],
  ['demo-glory-bts', 'bts', { 'the-glory': 16 }],
  ['demo-sg-ep6', 'recap', { 'squid-game': 6 }],
  ['demo-sg-ep1-bts', 'bts', { 'squid-game': 1 }],
  ['demo-sg-review', 'review', {}],
  ['demo-sg-emmys', 'news', {}],
  ['demo-cloy-finale', 'finale', { 'crash-landing-on-you': 16 }],
  ['demo-cloy-wedding', 'news', {}],
  ['demo-rr-finale', 'finale', { 'reborn-rich': 16 }],
  // Reveals nothing of SKY Castle, but reports its finale's rating (the record it beat).
  ['demo-wotm-finale', 'finale', { 'the-world-of-the-married': 16, 'sky-castle': 20 }],
];

const demoCount = readDemoItems(bundledDemoItems()).length;

const malformed = JSON.stringify({
  items: [
    {
      id: 'demo-a',
      title: 'Fine',
      publishedAt: '2022-05-15T10:00:00+09:00',
      sourceName: 'haebang demo',
      author: null,
      mediaType: 'article',
      bodyHtml: '<p>Episode 11 of My Liberation Notes.</p>',
    },
    {
      id: 'demo-b',
      title: 'Bad date',
      publishedAt: 'yesterday',
      sourceName: 'haebang demo',
      author: null,
      mediaType: 'article',
      bodyHtml: '<p>Text</p>',
    },
    {
      id: 'demo-c',
      title: 'A URL',
      url: 'https://example.com/',
      publishedAt: '2022-05-15T10:00:00+09:00',
      sourceName: 'haebang demo',
      author: null,
      mediaType: 'video',
      bodyHtml: '<p>Text</p>',
    },
  ],
});

describe.each(storageTargets)('demo items on $name', (target) => {
  let database: Database;
  let deps: IngestDeps;
  /** The horizons of a demo item, by its name (kept as its GUID; its id is opaque). */
  const horizonsOf = async (name: string) =>
    Object.fromEntries(
      (
        await database.db
          .selectFrom('item_horizons')
          .innerJoin('items', 'items.id', 'item_horizons.item_id')
          .select(['show_id', 'through_episode'])
          .where('items.guid', '=', name)
          .execute()
      ).map((h) => [h.show_id, h.through_episode]),
    );

  /** A feed with one item of its own (not a demo item); returns the feed's id. */
  const addFeedItem = async () => {
    const feed = (await insertFeed(database.db, { url: `https://news.example/${Math.random()}.xml` }))!;
    const item = await prepareItem(
      {
        guid: 'feed-1',
        url: null,
        title: 'A feed item',
        contentHtml: '<p>Some news.</p>',
        summaryHtml: null,
        publishedAt: '2024-05-01T00:00:00Z',
        author: null,
        imageUrl: null,
        imageCaption: null,
        imageCredit: null,
        video: null,
      },
      { feedId: feed.id, sourceName: 'test' },
      deps,
    );
    expect(await insertItem(database.db, item)).toBe(true);
    return feed.id;
  };

  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    await ensureStarterCatalog(database.db);
    deps = {
      ...createIngestDeps(database.db, { allowPrivateFetch: false }),
      fetch: () => Promise.reject(new Error('demo items must not fetch anything')),
    };
  });
  afterAll(async () => {
    await database?.close();
  });

  it.runIf(target.available)('a malformed demo file is refused item by item, and nothing is stored', async () => {
    const error = await loadDemoItems(deps, { text: malformed, origin: 'bad-demo.json' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'input.invalid' });
    expect(error.message).toMatch(/^bad-demo\.json: item 1 \(demo-b\): publishedAt: /);
    expect(error.details).toEqual([
      expect.stringMatching(/^item 1 \(demo-b\): publishedAt: /),
      'item 2 (demo-c): url: not a demo item field (demo items have no url or video id)',
    ]);
    await expect(loadDemoItems(deps, { text: '{"items": [', origin: 'cut.json' })).rejects.toThrow(
      /^cut\.json: not valid JSON/,
    );
    expect(await countItems(database.db)).toBe(0);
    expect(await getMeta(database.db, demoLoadedMetaKey)).toBeNull();
  });

  it.runIf(target.available)('start-up leaves a database that has items of its own alone', async () => {
    const feedId = await addFeedItem();
    expect(await ensureDemoItems(deps)).toBeNull();
    expect(await countItems(database.db)).toBe(1);
    expect(await getMeta(database.db, demoLoadedMetaKey)).toBeNull();
    await deleteFeed(database.db, feedId);
    expect(await countItems(database.db)).toBe(0);
  });

  it.runIf(target.available)('start-up loads the demo into an empty database unless turned off', async () => {
    expect(await ensureDemoItems(deps, { demoItems: false })).toBeNull();
    expect(await countItems(database.db)).toBe(0);
    expect(await ensureDemoItems(deps)).toEqual({ added: demoCount, skipped: 0 });
    expect(await countItems(database.db)).toBe(demoCount);
    expect(await getMeta(database.db, demoLoadedMetaKey)).not.toBeNull();
  });

  it.runIf(target.available)('every item is stored like an ingested one: no feed, no URL, no video id', async () => {
    const rows = await database.db.selectFrom('items').selectAll().execute();
    expect(rows).toHaveLength(demoCount);
    for (const row of rows) {
      expect(row).toMatchObject({ feed_id: null, url: null, video_id: null, image_url: null });
      expect(row.source_name).toBe('haebang demo');
      expect(row.summary.length).toBeGreaterThan(20);
    }
    const videos = rows.filter((r) => r.media_type === 'video');
    expect(videos.length).toBe(6);
    for (const v of videos) expect(v.content_html).toContain('demo description of a behind-the-scenes clip');
    for (const row of rows) expect(row.id, `${row.guid}: an id that says nothing`).toMatch(/^[0-9a-f]{24}$/);
    const poster = rows.find((r) => r.guid === 'demo-mln-poster')!;
    expect(poster.content_html).toContain('<figcaption>');
    expect((poster.doc as { blocks: Array<{ kind: string; credit?: string }> }).blocks).toContainEqual(
      expect.objectContaining({ kind: 'caption', credit: 'JTBC' }),
    );
    const spellings = await database.db
      .selectFrom('item_entities')
      .select('spellings')
      .where('entity_id', '=', 'son-suk-ku')
      .execute();
    expect(new Set(spellings.flatMap((s) => s.spellings as string[]))).toEqual(
      new Set(['Son Suk-ku', 'Son Seok-gu', 'Son Seok Koo', '손석구']),
    );
  });

  it.runIf(target.available)('each item gets the kind and the spoiler horizons it was written for', async () => {
    expect(intended.map(([id]) => id).sort()).toEqual(
      readDemoItems(bundledDemoItems())
        .map((d) => d.id)
        .sort(),
    );
    const kinds = new Map(
      (await database.db.selectFrom('items').select(['guid', 'kind']).execute()).map((r) => [r.guid, r.kind]),
    );
    for (const [id, kind, horizons] of intended) {
      expect({ id, kind: kinds.get(id), horizons: await horizonsOf(id) }).toEqual({ id, kind, horizons });
    }
  });

  it.runIf(target.available)('no item is dated before the episodes it reveals aired', async () => {
    const shows = new Map((await readCatalog(database.db)).shows.map((s) => [s.id, resolveEpisodeDates(s)]));
    const rows = await database.db
      .selectFrom('item_horizons')
      .innerJoin('items', 'items.id', 'item_horizons.item_id')
      .select(['items.guid as id', 'items.published_date', 'item_horizons.show_id', 'item_horizons.through_episode'])
      .execute();
    for (const row of rows) {
      const aired = shows.get(row.show_id)?.find((e) => e.number === row.through_episode)?.airDate;
      if (aired) expect(`${row.id} ${row.published_date! >= aired}`).toBe(`${row.id} true`);
    }
  });

  it.runIf(target.available)('loading again adds nothing; removing and loading by hand puts them back', async () => {
    expect(await loadDemoItems(deps)).toEqual({ added: 0, skipped: demoCount });
    expect(await countItems(database.db)).toBe(demoCount);

    const feedId = await addFeedItem();
    expect(await removeDemoItems(database.db)).toBe(demoCount);
    // Only the demo items go: the feed's item stays.
    expect(await countItems(database.db)).toBe(1);
    await deleteFeed(database.db, feedId);
    expect(await database.db.selectFrom('item_horizons').select('item_id').execute()).toEqual([]);
    // Removed by the user: start-up does not bring them back…
    expect(await ensureDemoItems(deps)).toBeNull();
    expect(await countItems(database.db)).toBe(0);
    // …but `haebang demo load` does.
    expect(await loadDemoItems(deps)).toEqual({ added: demoCount, skipped: 0 });
    expect(await horizonsOf('demo-mln-ep11')).toEqual({ [MLN]: 11 });
  });
});
