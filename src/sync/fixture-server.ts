import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A canned answer: status, body (JSON value or raw text) and headers. */
export interface CannedAnswer {
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Answers to give before the fixtures, per path prefix (e.g. "/3/tv/900001"), used up one per request. */
  queue: Map<string, CannedAnswer[]>;
  /** Answers that override the fixtures for as long as they are set, by exact path. */
  override: Map<string, CannedAnswer>;
  close(): Promise<void>;
}

export const fixtureToken = 'test-read-token';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const tmdbError = (status: number, code: number, message: string): CannedAnswer => ({
  status,
  body: { success: false, status_code: code, status_message: message },
});

/** A loopback server answering like TMDB (under /3/) and Wikidata's SPARQL endpoint (/sparql), from the fixtures. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const queue = new Map<string, CannedAnswer[]>();
  const override = new Map<string, CannedAnswer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    const queued = [...queue.entries()].find(([prefix, list]) => url.pathname.startsWith(prefix) && list.length);
    const answer = queued?.[1].shift() ?? override.get(url.pathname) ?? route(url, req);
    res.statusCode = answer.status;
    for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
    res.setHeader('content-type', 'application/json;charset=utf-8');
    res.end(answer.raw ?? JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue,
    override,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function route(url: URL, req: IncomingMessage): CannedAnswer {
  const path = url.pathname;
  if (path === '/sparql') {
    const query = url.searchParams.get('query') ?? '';
    if (url.searchParams.get('format') !== 'json') return { status: 400, raw: 'format=json expected' };
    if (query.startsWith('# haebang:list'))
      return { status: 200, body: / OFFSET 0$/.test(query) ? fixture('wikidata-list.json') : emptySparql(['show']) };
    if (query.startsWith('# haebang:find'))
      return {
        status: 200,
        body: query.includes('"My Liberation Notes"') ? fixture('wikidata-find.json') : emptySparql(['show']),
      };
    if (query.startsWith('# haebang:show') && query.includes('wd:Q900000001'))
      return { status: 200, body: fixture('wikidata-show.json') };
    return { status: 200, body: emptySparql(['kind']) };
  }
  const authorized =
    req.headers.authorization === `Bearer ${fixtureToken}` || url.searchParams.get('api_key') === fixtureToken;
  if (!authorized) return tmdbError(401, 7, 'Invalid API key: You must be granted a valid key.');
  if (path === '/3/discover/tv') {
    const ok =
      url.searchParams.get('with_origin_country') === 'KR' && url.searchParams.get('with_original_language') === 'ko';
    return { status: 200, body: ok ? fixture('tmdb-discover.json') : { page: 1, results: [], total_pages: 0 } };
  }
  if (path === '/3/search/tv')
    return {
      status: 200,
      body: /liberation/i.test(url.searchParams.get('query') ?? '')
        ? fixture('tmdb-discover.json')
        : { page: 1, results: [], total_pages: 0, total_results: 0 },
    };
  if (path === '/3/tv/900001' && url.searchParams.get('append_to_response')?.includes('aggregate_credits'))
    return { status: 200, body: fixture('tmdb-tv.json') };
  if (path === '/3/tv/900001/season/1') return { status: 200, body: fixture('tmdb-season-1.json') };
  const person = path.match(/^\/3\/person\/(90030[12])$/);
  if (person) return { status: 200, body: fixture(`tmdb-person-${person[1]}.json`) };
  return tmdbError(404, 34, 'The resource you requested could not be found.');
}

function emptySparql(vars: string[]) {
  return { head: { vars }, results: { bindings: [] } };
}
