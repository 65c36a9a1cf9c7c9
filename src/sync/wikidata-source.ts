import type { Config } from '../config/load-config.js';
import { mapWikidataShow } from './map-wikidata-show.js';
import { createRateLimiter } from './rate-limiter.js';
import { type RequestOptions, requestJson } from './request-json.js';
import type { SyncSource } from './synced-show.js';
import type { SourceOptions } from './tmdb-source.js';
import { findQuery, listQuery, pageSize, showQuery } from './wikidata-queries.js';
import { qidOf, sparqlResultSchema } from './wikidata-schemas.js';

/** Korean television series from Wikidata's SPARQL endpoint (no key; one query a second by default). */
export function createWikidataSource(config: Config, options: SourceOptions = {}): SyncSource {
  const request: RequestOptions = {
    label: 'Wikidata',
    allowPrivate: options.allowPrivate ?? config.allowPrivateFetch,
    limiter: createRateLimiter(options.intervalMs ?? 1000),
    retries: options.retries,
    backoffMs: options.backoffMs,
    maxRetryAfterMs: options.maxRetryAfterMs,
    headers: { accept: 'application/sparql-results+json' },
    timeoutMs: 70_000,
  };
  const query = async (sparql: string) => {
    const u = new URL(config.wikidataSparqlUrl);
    u.searchParams.set('query', sparql);
    u.searchParams.set('format', 'json');
    return (await requestJson(u.toString(), sparqlResultSchema, request)).results.bindings;
  };
  return {
    name: 'wikidata',
    parseRef: (text) => (/^Q[1-9]\d*$/.test(text.trim()) ? text.trim() : null),
    async listPage(page, since) {
      const rows = await query(listQuery(page, since));
      const refs = rows.map((r) => qidOf(r.show?.value)).filter((q): q is string => !!q);
      // SPARQL does not say how many rows there are: a full page means there may be another.
      return { refs, totalPages: refs.length === pageSize ? page + 1 : page };
    },
    async findShow(title) {
      const rows = await query(findQuery(title));
      return rows.map((r) => qidOf(r.show?.value)).find((q) => !!q) ?? null;
    },
    async fetchShow(ref) {
      return mapWikidataShow(String(ref), await query(showQuery(String(ref))));
    },
  };
}
