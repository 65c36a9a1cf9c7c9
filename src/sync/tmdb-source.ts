import type { Config } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { mapTmdbShow, tmdbCrew } from './map-tmdb-show.js';
import { createRateLimiter } from './rate-limiter.js';
import { type RequestOptions, requestJson } from './request-json.js';
import type { SourceRef, SyncSource } from './synced-show.js';
import { type TmdbPerson, tmdbPageSchema, tmdbPersonSchema, tmdbSeasonSchema, tmdbShowSchema } from './tmdb-schemas.js';

export interface SourceOptions {
  allowPrivate?: boolean;
  /** Least time between two requests (TMDB allows about 40 a second; the default, 10 a second, stays well under). */
  intervalMs?: number;
  retries?: number;
  backoffMs?: number;
  maxRetryAfterMs?: number;
  castLimit?: number;
}

/**
 * Korean series from TMDB (origin KR, original language ko), with the read token (Bearer) or the API key from the
 * configuration.
 */
export function createTmdbSource(config: Config, options: SourceOptions = {}): SyncSource {
  if (!config.tmdbToken && !config.tmdbApiKey)
    throw new AppError(
      'sync.not-configured',
      'no TMDB credentials: set HAEBANG_TMDB_TOKEN (read access token) or HAEBANG_TMDB_API_KEY',
    );
  const request: RequestOptions = {
    label: 'TMDB',
    allowPrivate: options.allowPrivate ?? config.allowPrivateFetch,
    limiter: createRateLimiter(options.intervalMs ?? 100),
    retries: options.retries,
    backoffMs: options.backoffMs,
    maxRetryAfterMs: options.maxRetryAfterMs,
    headers: config.tmdbToken ? { authorization: `Bearer ${config.tmdbToken}` } : {},
  };
  const url = (path: string, params: Record<string, string> = {}) => {
    const u = new URL(`${config.tmdbBaseUrl}/3${path}`);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    if (!config.tmdbToken && config.tmdbApiKey) u.searchParams.set('api_key', config.tmdbApiKey);
    return u.toString();
  };
  return {
    name: 'tmdb',
    parseRef: (text) => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null),
    async listPage(page, since) {
      const params: Record<string, string> = {
        with_origin_country: 'KR',
        with_original_language: 'ko',
        sort_by: 'first_air_date.asc',
        page: String(page),
      };
      if (since) params['air_date.gte'] = since;
      const res = await requestJson(url('/discover/tv', params), tmdbPageSchema, request);
      return { refs: res.results.map((r) => r.id), totalPages: Math.min(res.total_pages, 500) };
    },
    async findShow(title) {
      const res = await requestJson(url('/search/tv', { query: title }), tmdbPageSchema, request);
      const korean = res.results.filter((r) => r.origin_country?.includes('KR') || r.original_language === 'ko');
      return korean[0]?.id ?? null;
    },
    async fetchShow(ref: SourceRef, knownPeople) {
      const show = await requestJson(
        url(`/tv/${ref}`, { append_to_response: 'alternative_titles,aggregate_credits' }),
        tmdbShowSchema,
        request,
      );
      const seasons = [];
      for (const s of show.seasons.filter((x) => x.season_number > 0))
        seasons.push(await requestJson(url(`/tv/${show.id}/season/${s.season_number}`), tmdbSeasonSchema, request));
      const people = new Map<number, TmdbPerson>();
      const cast = [...(show.aggregate_credits?.cast ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      for (const c of [...cast.slice(0, options.castLimit ?? 12), ...tmdbCrew(show).map((x) => x.credit)])
        if (!knownPeople.has(c.id) && !people.has(c.id))
          people.set(c.id, await requestJson(url(`/person/${c.id}`), tmdbPersonSchema, request));
      return mapTmdbShow(show, seasons, people, options.castLimit);
    },
  };
}
