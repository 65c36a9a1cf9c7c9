import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { storeEntries, testReaderDeps } from '../../../test/test-reader-deps.js';
import { importCatalog } from '../../catalog/import-catalog.js';
import type { FetchResult } from '../../fetch/fetch-url.js';
import { createIngestDeps } from '../../ingest/ingest-deps.js';
import type { FeedEntry } from '../../parse/feed-types.js';
import type { ReaderDeps } from '../../reader/reader-deps.js';
import type { Database } from '../../store/open-database.js';
import { createMember, createOwner } from '../../users/add-user.js';
import { AuthTestClient } from '../auth/auth-test-client.js';
import { createApp } from '../create-app.js';

/**
 * Test support for the JSON API: the whole app on a real database with the small test catalog (My Liberation Notes,
 * JTBC, 2022), a few items stored through the real pipeline (sanitise, analyse, store) from texts written for these
 * tests, an owner and two members logged in, and the URLs the ingest fetcher answers without a network.
 */
export const apiItems = {
  preair: {
    title: 'Kim Ji-won and Son Suk-ku sign on for a quiet JTBC weekend drama',
    publishedAt: '2022-03-21T09:00:00+09:00',
    html: '<p>Kim Ji-won and Son Suk-ku will lead My Liberation Notes, a weekend drama JTBC plans to premiere in April. The story follows three siblings who ride the train into Seoul every morning.</p>',
    image: null,
  },
  recap4: {
    title: 'My Liberation Notes episode 4 recap: the long ride home',
    publishedAt: '2022-04-18T08:00:00+09:00',
    html: '<p>In episode 4 of My Liberation Notes, the Yeom siblings take the long commute home again, and Lee Min-ki gets most of the laughs as the restless Chang-hee.</p>',
    image: null,
  },
  recap12: {
    title: 'Watching My Liberation Notes episode 12 slowly, twice',
    publishedAt: '2022-05-22T08:00:00+09:00',
    html: '<p>Our notes on episode 12 of My Liberation Notes: the pacing, the quiet score and the long silences between Yeom Mi-jeong and Mr. Gu reward a second viewing.</p><figure><img src="https://img.example.org/quiet-12.jpg" alt="A still from the twelfth hour"><figcaption>Kim Ji-won in episode 12 | JTBC</figcaption></figure>',
    image: 'https://img.example.org/quiet-12.jpg',
  },
} as const;
export type ApiItemName = keyof typeof apiItems;

export const itemUrl = (name: ApiItemName) => `https://news.example.org/2022/${name}`;

/** An RSS feed the fake fetcher serves at https://feeds.example.org/drama.xml (written for these tests). */
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Weekend Drama Notes</title><link>https://feeds.example.org/</link>
<item><title>Ratings roundup</title><link>https://feeds.example.org/ratings</link><guid>wdn-1</guid>
<description>Which weekend dramas gained viewers this week.</description></item></channel></rss>`;

const served: Record<string, { body: string; contentType: string }> = {
  'https://feeds.example.org/drama.xml': { body: rss, contentType: 'application/rss+xml; charset=utf-8' },
  'https://feeds.example.org/not-a-feed': { body: 'just some words', contentType: 'text/plain' },
};

async function fakeFetch(url: string): Promise<FetchResult> {
  const page = served[url];
  if (!page) throw new Error(`${url} is not served in tests`);
  return { url, status: 200, headers: {}, bytes: new TextEncoder().encode(page.body), contentType: page.contentType };
}

export interface ApiTestApp {
  app: Hono;
  deps: ReaderDeps;
  ids: Record<ApiItemName, string>;
  owner: AuthTestClient;
  ana: AuthTestClient;
  bo: AuthTestClient;
  anonymous: AuthTestClient;
  /** How many times the catalog was reported changed. */
  catalogChanges: () => number;
}

export async function openApiTestApp(database: Database): Promise<ApiTestApp> {
  const { db } = database;
  const catalog = readFileSync(new URL('../../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
  await importCatalog(db, { text: catalog, origin: 'small-catalog.json' });
  const ingest = { ...createIngestDeps(db, { allowPrivateFetch: false }), fetch: fakeFetch };
  ingest.now = () => new Date('2022-06-01T00:00:00Z');
  const { deps, catalogChanges } = await testReaderDeps(ingest);
  const entries = Object.fromEntries(
    Object.entries(apiItems).map(([name, item]): [string, FeedEntry] => [
      name,
      {
        guid: `api-${name}`,
        url: itemUrl(name as ApiItemName),
        title: item.title,
        contentHtml: item.html,
        summaryHtml: null,
        publishedAt: new Date(item.publishedAt).toISOString(),
        author: null,
        imageUrl: item.image,
        imageCaption: null,
        imageCredit: null,
        video: null,
      },
    ]),
  ) as Record<ApiItemName, FeedEntry>;
  const ids = await storeEntries(ingest, entries, 'Drama Notes');
  const app = createApp(deps);
  await createOwner(db, { name: 'owner', password: 'owner password' });
  await createMember(db, { name: 'ana', password: 'ana password' });
  await createMember(db, { name: 'bo', password: 'bo password' });
  const [owner, ana, bo, anonymous] = [0, 1, 2, 3].map(() => new AuthTestClient(app));
  await owner.login('owner', 'owner password');
  await ana.login('ana', 'ana password');
  await bo.login('bo', 'bo password');
  return { app, deps, ids, owner, ana, bo, anonymous, catalogChanges };
}
