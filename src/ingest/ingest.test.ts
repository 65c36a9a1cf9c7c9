import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIngestFixtures } from '../../test/ingest-fixtures.js';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { storageTargets } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { findFeed } from '../store/feeds-repository.js';
import type { Database } from '../store/open-database.js';
import { listUnknownTitles } from '../store/unknown-titles-repository.js';
import { addArticle } from './add-article.js';
import { addFeed } from './add-feed.js';
import { createIngestDeps, type IngestDeps } from './ingest-deps.js';
import { ingestFeeds } from './ingest-feeds.js';
import { refreshFeed } from './refresh-feed.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const catalog = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
const xml = { 'content-type': 'application/rss+xml; charset=utf-8' };

describe.each(storageTargets)('ingest on $name', (target) => {
  let database: Database;
  let server: LoopbackServer;
  let deps: IngestDeps;
  const item = (id: string) =>
    database.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const itemByGuid = (guid: string) =>
    database.db.selectFrom('items').selectAll().where('guid', '=', guid).executeTakeFirstOrThrow();

  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
    await importCatalog(database.db, { text: catalog, origin: 'small-catalog.json' });
    server = await startLoopbackServer();
    serveIngestFixtures(server);
    deps = {
      ...createIngestDeps(database.db, { allowPrivateFetch: true }),
      now: () => new Date('2022-05-20T03:00:00Z'),
    };
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it.runIf(target.available)(
    'ingests a feed: full content, a summary-only entry through its page, each analysed',
    async () => {
      const feed = await addFeed(deps, server.url('/desk.xml'), { intervalMinutes: 30 });
      expect(feed).toMatchObject({ title: 'Drama Desk Daily', kind: 'feed', interval_minutes: 30 });
      const result = await refreshFeed(deps, feed);
      expect(result.status).toBe('ok');
      expect(result.counts).toEqual({ added: 3, unchanged: 0, duplicate: 0, failed: 0 });

      const recap = await itemByGuid('desk-11');
      expect(recap.canonical_url).toBe(`//127.0.0.1:${new URL(server.url('/')).port}/news/11`);
      expect(recap.published_date).toBe('2022-05-14');
      expect(recap.content_html).toContain(`src="${server.url('/img/bus-stop.jpg')}"`);
      // Its only picture is on http: the content keeps it (the CSP decides), the item has no image of its own.
      expect([recap.image_url, recap.image_caption, recap.image_credit]).toEqual([null, null, null]);
      const horizons = await database.db
        .selectFrom('item_horizons')
        .selectAll()
        .where('item_id', '=', recap.id)
        .execute();
      expect(horizons).toMatchObject([{ show_id: 'my-liberation-notes', through_episode: 11 }]);
      const people = await database.db
        .selectFrom('item_entities')
        .select(['entity_id', 'spellings'])
        .where('item_id', '=', recap.id)
        .where('kind', '=', 'person')
        .orderBy('entity_id')
        .execute();
      expect(people).toEqual([
        { entity_id: 'kim-ji-won', spellings: ['Kim Ji-won'] },
        { entity_id: 'son-suk-ku', spellings: ['Son Seok-gu'] },
      ]);

      // The feed had only a one-line summary: the page was fetched and read with Readability, captions and all.
      const interview = await itemByGuid('desk-interview');
      expect(interview.content_html).toContain('talkative middle child');
      expect((interview.doc as { blocks: Array<{ kind: string; credit?: string }> }).blocks).toContainEqual(
        expect.objectContaining({ kind: 'caption', credit: 'Drama Desk Daily' }),
      );
      expect(interview.kind).toBe('preair');
      // No https picture in the feed or the content: the page's og:image is the item's.
      expect(interview.image_url).toBe('https://img.dramadesk.example/interview/lee-min-ki-1200.jpg');
      expect(server.requests.find((r) => r.path === '/news/interview')?.headers['user-agent']).toMatch(/^haebang\//);
    },
  );

  it.runIf(target.available)('sanitises hostile HTML with the allowlist', async () => {
    const hostile = await itemByGuid('desk-hostile');
    for (const bad of [
      '<script',
      'onclick',
      'javascript:',
      'data:image',
      'evil.example',
      '<form',
      '<input',
      'pixel.gif',
    ])
      expect(hostile.content_html).not.toContain(bad);
    expect(hostile.content_html).toContain('https://www.youtube.com/embed/AbCdEfGhIjK');
    expect(hostile.content_html).toContain(`href="${server.url('/safe')}"`);
  });

  it.runIf(target.available)('changes nothing when the same feed is ingested again; sends the ETag', async () => {
    const feed = (await findFeed(database.db, server.url('/desk.xml')))!;
    expect(feed.etag).toBe('"v1"');
    const again = await refreshFeed(deps, feed);
    expect(again.status).toBe('not-modified');
    const forced = await refreshFeed(deps, feed, { force: true });
    expect(forced.counts).toEqual({ added: 0, unchanged: 3, duplicate: 0, failed: 0 });
    const { n } = await database.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(3);
  });

  it.runIf(target.available)('stores YouTube videos as video items on the episode they show', async () => {
    const feed = await addFeed(deps, server.url('/clips.xml'));
    expect(feed.kind).toBe('youtube');
    const result = await refreshFeed(deps, feed);
    expect(result.counts.added).toBe(1);
    const video = await item(result.items[0].id!);
    expect(video).toMatchObject({
      media_type: 'video',
      video_id: 'AbCdEfGhIjK',
      kind: 'bts',
      published_date: '2022-05-16',
    });
    expect(video.image_url).toBe('https://i2.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg');
    const horizons = await database.db
      .selectFrom('item_horizons')
      .selectAll()
      .where('item_id', '=', video.id)
      .execute();
    expect(horizons).toMatchObject([{ show_id: 'my-liberation-notes', through_episode: 11 }]);
  });

  it.runIf(target.available)(
    'deduplicates across feeds: by canonical URL, and by near-identical title and date',
    async () => {
      const feed = await addFeed(deps, server.url('/mirror.xml'));
      const result = await refreshFeed(deps, feed);
      expect(result.items.map((i) => i.status)).toEqual(['unchanged', 'duplicate']);
    },
  );

  it.runIf(target.available)('adds a single article page by hand, once', async () => {
    server.routes.set('/news/by-hand', {
      headers: { 'content-type': 'text/html' },
      body: fixture('interview-page.html'),
    });
    const first = await addArticle(deps, server.url('/news/by-hand?utm_source=share'));
    expect(first.status).toBe('added');
    const stored = await item(first.id);
    expect(stored).toMatchObject({ feed_id: null, published_date: '2022-04-06', kind: 'preair' });
    expect((await addArticle(deps, server.url('/news/by-hand'))).status).toBe('unchanged');
  });

  it.runIf(target.available)('decodes an EUC-KR feed', async () => {
    const body = `<?xml version="1.0" encoding="EUC-KR"?><rss version="2.0"><channel><title>한국 연예</title><link>https://kr.example/</link>
<item><title>나의 해방일지 손석구, 종영 소감 전해</title><link>${server.url('/kr/1')}</link><guid>kr-1</guid><pubDate>Mon, 30 May 2022 10:00:00 +0900</pubDate>
<description>배우 손석구가 나의 해방일지 종영 소감을 전했다. 그는 구씨를 연기하며 많은 것을 배웠다고 말했다. 김지원과의 호흡에 대해서도 이야기했다. 촬영장 분위기는 늘 좋았다고 한다. 마지막 회 방송 다음 날 소속사를 통해 전한 이야기다. 시청자들에게 감사 인사를 남겼다. 다음 작품은 아직 정해지지 않았다. 팬들은 그의 다음 행보에 관심을 보이고 있다. 이 기사는 테스트를 위해 쓴 글이다. 충분히 길게 쓰기 위해 문장을 더 붙인다. 페이지를 다시 가져오지 않도록 길이를 채운다. 여기까지 쓰면 충분하다. 정말로 충분하다. 마지막 문장이다. 한 문장 더. 그리고 또 한 문장. 끝.</description></item></channel></rss>`;
    server.routes.set('/kr.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: iconv.encode(body, 'euc-kr'),
    });
    const result = await refreshFeed(deps, await addFeed(deps, server.url('/kr.xml')));
    expect(result.counts.added).toBe(1);
    const stored = await itemByGuid('kr-1');
    expect(stored.title).toBe('나의 해방일지 손석구, 종영 소감 전해');
    expect(stored.kind).toBe('finale');
  });

  it.runIf(target.available)('reports a broken feed for that feed alone and backs it off', async () => {
    server.routes.set('/broken.xml', { headers: xml, body: '<rss><channel><item><title>never closed' });
    server.routes.set('/fine.xml', {
      headers: xml,
      body: fixture('mirror-feed.xml').replaceAll('{{BASE}}', 'https://fine.example'),
    });
    const broken = await addFeed(deps, server.url('/broken.xml'), { skipCheck: true });
    await addFeed(deps, server.url('/fine.xml'), { skipCheck: true });
    const summary = await ingestFeeds(deps);
    const byUrl = new Map(summary.results.map((r) => [r.url, r]));
    expect(byUrl.get(server.url('/broken.xml'))).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/not a readable/),
    });
    expect(byUrl.get(server.url('/fine.xml'))?.status).toBe('ok');
    const stored = (await findFeed(database.db, String(broken.id)))!;
    expect(stored.error_count).toBe(1);
    expect(stored.next_fetch_at.getTime()).toBe(deps.now().getTime() + 60 * 60_000);
  });

  it.runIf(target.available)(
    'cuts a never-ending feed at the size limit and reports it for that feed alone',
    async () => {
      server.routes.set('/endless.xml', {
        handle: (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          const chunk = `<item><title>${'x'.repeat(1000)}</title></item>`;
          const write = () => {
            while (res.write(chunk)) if (res.destroyed) return;
            if (!res.destroyed) res.once('drain', write);
          };
          res.write('<rss version="2.0"><channel><title>Endless</title>');
          write();
        },
      });
      const feed = await addFeed(deps, server.url('/endless.xml'), { skipCheck: true });
      const result = await refreshFeed(deps, feed);
      expect(result).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/larger than 5120 KB; cut at the limit/),
      });
    },
  );

  it.runIf(target.available)('collects titles presented as dramas that the catalog lacks', async () => {
    server.routes.set('/unknown.xml', {
      headers: xml,
      body: `<rss version="2.0"><channel><title>Casting news</title><item><title>Kim Ji-won eyes a new role</title><link>https://casting.example/1</link><guid>c-1</guid><pubDate>Wed, 18 May 2022 10:00:00 +0900</pubDate><description>Kim Ji-won is in talks to lead the JTBC drama "Harbor Lights at Dawn", a made-up title for this test.</description></item></channel></rss>`,
    });
    await refreshFeed(deps, await addFeed(deps, server.url('/unknown.xml'), { skipCheck: true }));
    const unknown = await listUnknownTitles(database.db);
    expect(unknown).toContainEqual(expect.objectContaining({ title: 'Harbor Lights at Dawn', count: 1 }));
  });

  it.runIf(target.available)('keeps the rest of a batch when one item fails', async () => {
    const entry = (n: number, words: string) =>
      `<item><title>${words}</title><link>https://batch.example/${n}</link><guid>batch-${n}</guid><pubDate>Tue, 10 May 2022 10:00:00 +0900</pubDate><description>${words}</description></item>`;
    server.routes.set('/batch.xml', {
      headers: xml,
      body: `<rss version="2.0"><channel><title>Batch</title>${entry(1, 'Poison story about nothing')}${entry(2, 'Kim Ji-won wins an award')}</channel></rss>`,
    });
    const failing: IngestDeps = {
      ...deps,
      analyzer: async () => {
        const real = await deps.analyzer();
        return {
          ...real,
          analyze: (doc, today) => {
            if (doc.text.includes('Poison')) throw new Error('analysis blew up');
            return real.analyze(doc, today);
          },
        };
      },
    };
    const result = await refreshFeed(failing, await addFeed(deps, server.url('/batch.xml'), { skipCheck: true }), {
      force: true,
    });
    expect(result.items.map((i) => i.status).sort()).toEqual(['added', 'failed']);
    expect(result.items.find((i) => i.status === 'failed')?.error).toBe('analysis blew up');
  });
});
