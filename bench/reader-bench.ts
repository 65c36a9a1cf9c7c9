import type { Config } from '../src/config/load-config.js';
import { titleKeyOf } from '../src/ingest/prepare-item.js';
import { createReaderDeps } from '../src/reader/create-reader-deps.js';
import { countUnread } from '../src/reader/item-state.js';
import { readFeed } from '../src/reader/read-feed.js';
import { listShows } from '../src/reader/read-show.js';
import { loadReader } from '../src/reader/reader-deps.js';
import type { FeedQuery } from '../src/reader/reader-schemas.js';
import { searchEverything } from '../src/reader/search-everything.js';
import { createApp } from '../src/server/create-app.js';
import { readCatalog } from '../src/store/catalog-repository.js';
import type { Database } from '../src/store/open-database.js';
import { listItemCards } from '../src/store/reader-repository.js';
import { matchTitleKey } from '../src/store/search-repository.js';
import { listUsers } from '../src/store/users-repository.js';
import { startSession, toSessionUser } from '../src/users/session-from-token.js';
import { generateReaderData, type ReaderData } from './generate-reader-data.js';
import { planReaderRequests } from './plan-reader-requests.js';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ReaderBenchResult {
  data: ReaderData;
  /**
   * Feed pages: loadReader, then readFeed with the reader's unread counts and shows (as GET / asks for them); the
   * JSON API (GET /api/feed) and the HTML page (GET /, with read state and unread counts) with a session.
   */
  feed: Latency;
  feedApi: Latency;
  feedHtml: Latency;
  /** Baseline: the bare page query (30 newest items, no gating, links or filters). */
  feedBaseline: Latency;
  /** Share of the feed entries that were hidden cards. */
  hiddenShare: number;
  search: Latency;
  searchApi: Latency;
  /** Baseline: the bare item-title search (folded title LIKE, newest 30), no catalog look-up, links or gating. */
  searchBaseline: Latency;
}

export function latencyOf(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function timed<T>(samples: number[], run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  samples.push(performance.now() - t0);
  return out;
}

/**
 * Reader latency with `items` items and `users` readers (generated, see generate-reader-data.ts): feed pages and
 * searches through the services (a request's reader state loaded each time, as the routes do) and through the HTTP
 * layer with a session cookie, next to the bare queries they are built on.
 */
export async function runReaderBench(
  database: Database,
  config: Config,
  options: { items?: number; users?: number; feeds?: number; searches?: number } = {},
): Promise<ReaderBenchResult> {
  const { db } = database;
  // With read marks and stars: the pages show each item's read state and count what is unread.
  const data = await generateReaderData(db, { items: options.items, users: options.users, marks: true });
  const deps = await createReaderDeps(db, config);
  const app = createApp(deps);
  const users = await listUsers(db);
  const plan = planReaderRequests(await readCatalog(db), users.length, options.feeds, options.searches);
  const cookies = new Map<number, string>();
  const cookieOf = async (u: number) => {
    if (!cookies.has(u)) cookies.set(u, `haebang_session=${(await startSession(db, users[u])).token}`);
    return cookies.get(u)!;
  };
  // Queries with the cursors of second pages, taken from first pages outside the timing.
  const feedQueries: Array<{ user: number; query: FeedQuery }> = [];
  for (const r of plan.feeds) {
    const query: FeedQuery = r.show ? { show: r.show } : {};
    if (r.secondPage) {
      const first = await readFeed(deps, await loadReader(db, toSessionUser(users[r.user])), query);
      if (first.nextCursor) query.cursor = first.nextCursor;
    }
    feedQueries.push({ user: r.user, query });
    await cookieOf(r.user);
  }
  for (const r of plan.searches) await cookieOf(r.user);
  const get = async (path: string, user: number) => {
    const res = await app.request(path, { headers: { cookie: await cookieOf(user) } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`reader bench: GET ${path} answered ${res.status}: ${body.slice(0, 200)}`);
  };
  const qs = (query: object) =>
    new URLSearchParams(
      Object.entries(query).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]])),
    ).toString();

  // Warm-up (the linker's first use, connection pools, the database's caches): not timed.
  for (const { user, query } of feedQueries.slice(0, 20)) await get(`/api/feed?${qs(query)}`, user);
  for (const { user, q } of plan.searches.slice(0, 20)) await get(`/api/search?${qs({ q })}`, user);

  const names = ['feed', 'feedApi', 'feedHtml', 'feedBaseline', 'search', 'searchApi', 'searchBaseline'] as const;
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<(typeof names)[number], number[]>;
  let entries = 0;
  let hidden = 0;
  for (let i = 0; i < feedQueries.length; i++) await timed(samples.feedBaseline, () => listItemCards(db, {}, 31));
  for (const { user, query } of feedQueries) {
    const page = await timed(samples.feed, async () => {
      const reader = await loadReader(db, toSessionUser(users[user]));
      const [feed] = await Promise.all([
        readFeed(deps, reader, query),
        countUnread(deps, reader, query.show),
        listShows(deps, reader),
      ]);
      return feed;
    });
    entries += page.entries.length;
    hidden += page.entries.filter((e) => e.hidden).length;
  }
  for (const { user, query } of feedQueries) await timed(samples.feedApi, () => get(`/api/feed?${qs(query)}`, user));
  for (const { user, query } of feedQueries) await timed(samples.feedHtml, () => get(`/?${qs(query)}`, user));
  for (const { q } of plan.searches) await timed(samples.searchBaseline, () => matchTitleKey(db, titleKeyOf(q), 30));
  for (const { user, q } of plan.searches)
    await timed(samples.search, async () =>
      searchEverything(deps, await loadReader(db, toSessionUser(users[user])), q),
    );
  for (const { user, q } of plan.searches) await timed(samples.searchApi, () => get(`/api/search?${qs({ q })}`, user));
  return {
    data,
    feed: latencyOf(samples.feed),
    feedApi: latencyOf(samples.feedApi),
    feedHtml: latencyOf(samples.feedHtml),
    feedBaseline: latencyOf(samples.feedBaseline),
    hiddenShare: entries ? hidden / entries : 0,
    search: latencyOf(samples.search),
    searchApi: latencyOf(samples.searchApi),
    searchBaseline: latencyOf(samples.searchBaseline),
  };
}
