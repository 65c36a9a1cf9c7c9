import type { Kysely } from 'kysely';
import { ensureStarterCatalog } from '../src/catalog/ensure-starter-catalog.js';
import { createIngestDeps } from '../src/ingest/ingest-deps.js';
import type { FeedEntry } from '../src/parse/feed-types.js';
import type { Reader, ReaderDeps } from '../src/reader/reader-deps.js';
import type { DB } from '../src/store/db-types.js';
import type { Database } from '../src/store/open-database.js';
import { countUsers } from '../src/store/users-repository.js';
import { storeEntries, testReaderDeps } from './test-reader-deps.js';

/**
 * Items for reader tests, written for these tests (not copied from any outlet), about My Liberation Notes (JTBC,
 * 2022): pre-air news, a recap of episode 11 (with a picture from the feed, captioned and credited), ratings news after episode 8, and a behind-the-scenes clip of episode
 * 11. `storeReaderFixtures` stores them through the real pipeline (sanitise, analyse, store) on the starter catalog.
 */
export const readerFixtures = {
  preair: {
    title: 'Son Suk-ku and Kim Ji-won lead JTBC’s new weekend drama',
    publishedAt: '2022-02-14T10:00:00+09:00',
    html: '<p>Son Suk-ku and Kim Ji-won have been cast in My Liberation Notes, a JTBC weekend drama by the writer of My Mister. It will premiere in April.</p>',
  },
  ratings8: {
    title: 'My Liberation Notes climbs to a new high with episode 8',
    publishedAt: '2022-05-02T09:00:00+09:00',
    html: '<p>The eighth episode of JTBC’s My Liberation Notes recorded its best nationwide rating so far on Sunday, according to Nielsen Korea. Son Seok-gu and Kim Ji-won lead the drama.</p>',
  },
  recap11: {
    title: 'Recap: a quiet goodbye in My Liberation Notes episode 11',
    publishedAt: '2022-05-15T08:00:00+09:00',
    html: '<p>In episode 11 of My Liberation Notes, Yeom Mi-jeong and Mr. Gu sit together one last time before the story moves on. 손석구 plays the scene almost without words.</p><figure><img src="https://img.example.com/mln-11.jpg" alt="Mi-jeong at the bus stop in episode 11" width="640" height="360"><figcaption>Kim Ji-won in episode 11 | JTBC</figcaption></figure>',
    /** The feed's own picture of the item (media:content with its description and credit). */
    image: {
      url: 'https://img.example.com/feed/mln-11-bench.jpg',
      caption: 'Mi-jeong and Mr. Gu on the bench in episode 11',
      credit: 'Test News / Han Ye-seul',
    },
  },
  video11: {
    title: '[Making] The bus stop scene of episode 11, from the set',
    publishedAt: '2022-05-16T18:00:00+09:00',
    html: '',
    video: {
      id: 'abcdefghijk',
      description:
        'Behind the scenes of My Liberation Notes episode 11: Son Seok-koo and Kim Ji-won rehearse the bus stop scene.',
      thumbnailUrl: 'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg',
    },
  },
} satisfies Record<
  string,
  {
    title: string;
    publishedAt: string;
    html: string;
    video?: FeedEntry['video'];
    image?: { url: string; caption: string; credit: string };
  }
>;

export type FixtureName = keyof typeof readerFixtures;

/** Loads the starter catalog and stores the fixture items; returns the reader deps and each fixture's item id. */
export async function storeReaderFixtures(
  database: Database,
): Promise<{ deps: ReaderDeps; ids: Record<FixtureName, string> }> {
  const { db } = database;
  await ensureStarterCatalog(db);
  const ingest = createIngestDeps(db, { allowPrivateFetch: false });
  ingest.now = () => new Date('2022-06-01T00:00:00Z');
  // The content is short, so prepareItem tries the page; the URL is not reachable, and the feed text is kept.
  ingest.fetch = async () => {
    throw new Error('fixtures are not fetched');
  };
  const entries = Object.fromEntries(
    Object.entries(readerFixtures).map(([name, f]): [string, FeedEntry] => [
      name,
      {
        guid: `fixture-${name}`,
        url: `https://news.example.com/${name}`,
        title: f.title,
        contentHtml: f.html,
        summaryHtml: null,
        publishedAt: new Date(f.publishedAt).toISOString(),
        author: 'Test Writer',
        imageUrl: 'video' in f ? f.video.thumbnailUrl : 'image' in f ? f.image.url : null,
        imageCaption: 'image' in f ? f.image.caption : null,
        imageCredit: 'image' in f ? f.image.credit : null,
        video: 'video' in f ? f.video : null,
      },
    ]),
  ) as Record<FixtureName, FeedEntry>;
  const ids = await storeEntries(ingest, entries, 'Test News');
  return { deps: (await testReaderDeps(ingest)).deps, ids };
}

/** Adds the user of `readerWith` (user 1, the first) to a database with no users, so their marks can be stored. */
export async function addFixtureReader(db: Kysely<DB>): Promise<void> {
  if ((await countUsers(db)) === 0)
    await db.insertInto('users').values({ name: 'reader', password_hash: '-', role: 'owner' }).execute();
}

/** A reader with this progress (show id → episode), no reveals, and the given policy for unfollowed shows. */
export function readerWith(
  progress: Record<string, number>,
  unfollowedPolicy: 'hide' | 'show' = 'hide',
  reveals: string[] = [],
): Reader {
  return {
    user: { id: 1, name: 'reader', role: 'owner', unfollowedPolicy },
    state: { progress: new Map(Object.entries(progress)), reveals: new Set(reveals), unfollowedPolicy },
  };
}

export type { DB, Kysely };

/** Runs the first-run setup over the API as the owner 'min-ji': the session cookie and CSRF token it answers with. */
export async function setupOwner(app: { request(path: string, init: RequestInit): Response | Promise<Response> }) {
  const res = await app.request('/api/setup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'min-ji', password: 'sanpo-bus-stop-22' }),
  });
  const cookie = `haebang_session=${/haebang_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1]}`;
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { cookie, csrf };
}
