import type { Config } from '../src/config/load-config.js';
import { titleKeyOf } from '../src/ingest/prepare-item.js';
import { createReaderDeps } from '../src/reader/create-reader-deps.js';
import { countUnread } from '../src/reader/item-state.js';
import { readFeed } from '../src/reader/read-feed.js';
import { listShows } from '../src/reader/read-show.js';
import { loadReader } from '../src/reader/reader-deps.js';
import { searchEverything } from '../src/reader/search-everything.js';
import { createApp } from '../src/server/create-app.js';
import { readCatalog } from '../src/store/catalog-repository.js';
import type { Database } from '../src/store/open-database.js';
import { listItemCards } from '../src/store/reader-repository.js';
import { matchItemText, matchTitleKey } from '../src/store/search-repository.js';
import { listUsers } from '../src/store/users-repository.js';
import { startSession, toSessionUser } from '../src/users/session-from-token.js';
import { generateReaderData, type ReaderData } from './generate-reader-data.js';
import { planReaderRequests } from './plan-reader-requests.js';
import { type Latency, latencyOf } from './reader-bench.js';

export interface SearchBenchResult {
  data: ReaderData;
  /** loadReader + searchEverything, and GET /api/search with a session. */
  search: Latency;
  searchApi: Latency;
  /** Baselines, no catalog look-up, links or gating: the folded title LIKE on the trigram index, newest 30. */
  bareTrigram: Latency;
  /** The same words on the full-text index (title, summary and text), newest 30. */
  bareFullText: Latency;
  /** Feed pages (with unread counts and shows) and GET /api/feed, next to the bare page query; when asked for. */
  feed?: { services: Latency; api: Latency; bare: Latency };
  /** Each search's time in ms, in the plan's order (bench/probe-search.ts prints the slow ones). */
  samples: { search: number[]; api: number[]; trigram: number[]; fullText: number[] };
}

/**
 * Search at scale: `items` generated items (made `copies` times as many in SQL) and 1,000 readers, then the bench's
 * 200 searches (names and titles in any spelling, Hangul, title fragments) through the services and the API, next
 * to the bare index queries in the same run; with `feed`, the reader bench's 300 feed pages too.
 */
export async function runSearchBench(
  database: Database,
  config: Config,
  options: { items: number; copies?: number; feed?: boolean; loaded?: ReaderData },
): Promise<SearchBenchResult> {
  const { db } = database;
  // `loaded`: the database holds the data already (bench/keep-search-database.ts).
  const data =
    options.loaded ?? (await generateReaderData(db, { items: options.items, copies: options.copies, marks: true }));
  const deps = await createReaderDeps(db, config);
  const app = createApp(deps);
  const users = await listUsers(db);
  const plan = planReaderRequests(await readCatalog(db), users.length);
  const cookies = new Map<number, string>();
  for (const r of [...plan.searches, ...plan.feeds])
    if (!cookies.has(r.user)) cookies.set(r.user, `haebang_session=${(await startSession(db, users[r.user])).token}`);
  const get = async (path: string, user: number) => {
    const res = await app.request(path, { headers: { cookie: cookies.get(user)! } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`search bench: GET ${path} answered ${res.status}: ${body.slice(0, 200)}`);
  };
  const timed = async (samples: number[], run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  };
  // Warm-up (the linker's first use, the pools, the database's caches): not timed.
  for (const { user, q } of plan.searches.slice(0, 20)) await get(`/api/search?${new URLSearchParams({ q })}`, user);
  const s = { search: [] as number[], api: [] as number[], trigram: [] as number[], fullText: [] as number[] };
  for (const { q } of plan.searches) await timed(s.trigram, () => matchTitleKey(db, titleKeyOf(q), 30));
  for (const { q } of plan.searches) await timed(s.fullText, () => matchItemText(db, q, 30));
  for (const { user, q } of plan.searches)
    await timed(s.search, async () => searchEverything(deps, await loadReader(db, toSessionUser(users[user])), q));
  for (const { user, q } of plan.searches)
    await timed(s.api, () => get(`/api/search?${new URLSearchParams({ q })}`, user));
  const result: SearchBenchResult = {
    data,
    search: latencyOf(s.search),
    searchApi: latencyOf(s.api),
    bareTrigram: latencyOf(s.trigram),
    bareFullText: latencyOf(s.fullText),
    samples: s,
  };
  if (options.feed) {
    const f = { services: [] as number[], api: [] as number[], bare: [] as number[] };
    const queries = plan.feeds.map((r) => ({ user: r.user, show: r.show }));
    const qs = (show?: string) => (show ? `?${new URLSearchParams({ show })}` : '');
    for (const { user, show } of queries.slice(0, 20)) await get(`/api/feed${qs(show)}`, user);
    for (let i = 0; i < queries.length; i++) await timed(f.bare, () => listItemCards(db, {}, 31));
    for (const { user, show } of queries)
      await timed(f.services, async () => {
        const reader = await loadReader(db, toSessionUser(users[user]));
        await Promise.all([
          readFeed(deps, reader, show ? { show } : {}),
          countUnread(deps, reader, show),
          listShows(deps, reader),
        ]);
      });
    for (const { user, show } of queries) await timed(f.api, () => get(`/api/feed${qs(show)}`, user));
    result.feed = { services: latencyOf(f.services), api: latencyOf(f.api), bare: latencyOf(f.bare) };
  }
  return result;
}
