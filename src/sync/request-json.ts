import type { z } from 'zod';
import { jsonPath } from '../catalog/validate-catalog.js';
import { AppError, isAppError } from '../errors/app-error.js';
import { fetchUrl } from '../fetch/fetch-url.js';
import { defaultSleep, type RateLimiter } from './rate-limiter.js';

export interface RequestOptions {
  /** The source's name for messages ("TMDB", "Wikidata"). */
  label: string;
  headers?: Record<string, string>;
  allowPrivate?: boolean;
  limiter: RateLimiter;
  /** Attempts after the first for 429, 5xx and network failures. */
  retries?: number;
  /** First back-off after a 5xx or network failure; doubled on each retry. */
  backoffMs?: number;
  /** The longest Retry-After honoured; a longer one gives up with 'sync.rate-limited'. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * GETs a JSON API resource politely: spaced by the rate limiter; 429 waits for Retry-After and tries again; 5xx and
 * network failures back off and try again; 401/403 is 'sync.unauthorized', 404 'sync.not-found'; a body that is not
 * JSON or not in the documented shape is 'sync.malformed'. Every response is validated with `schema`.
 */
export async function requestJson<S extends z.ZodType>(
  url: string,
  schema: S,
  opts: RequestOptions,
): Promise<z.infer<S>> {
  const retries = opts.retries ?? 4;
  const sleep = opts.sleep ?? defaultSleep;
  const shown = url.replace(/([?&]api_key=)[^&]+/, '$1…');
  let lastProblem = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    await opts.limiter.wait();
    let res: Awaited<ReturnType<typeof fetchUrl>>;
    try {
      res = await fetchUrl(url, {
        allowPrivate: opts.allowPrivate,
        headers: { accept: 'application/json', ...opts.headers },
        timeoutMs: opts.timeoutMs ?? 30_000,
        maxBytes: 20 * 1024 * 1024,
        acceptStatus: () => true,
      });
    } catch (error) {
      if (!isAppError(error) || !['fetch.failed', 'fetch.timeout'].includes(error.code)) throw error;
      lastProblem = error.message;
      await sleep((opts.backoffMs ?? 1000) * 2 ** attempt);
      continue;
    }
    const { status } = res;
    if (status === 401 || status === 403)
      throw new AppError('sync.unauthorized', `${opts.label} refused the credentials (HTTP ${status}); check the key`);
    if (status === 404) throw new AppError('sync.not-found', `${opts.label} has no ${shown} (HTTP 404)`);
    if (status === 429) {
      const wait = retryAfterMs(res.headers['retry-after']);
      if (wait > (opts.maxRetryAfterMs ?? 60_000))
        throw new AppError('sync.rate-limited', `${opts.label} asks to wait ${Math.ceil(wait / 1000)} s; try later`);
      lastProblem = 'rate-limited (HTTP 429)';
      opts.limiter.pause(wait);
      continue;
    }
    if (status >= 500) {
      lastProblem = `HTTP ${status}`;
      await sleep((opts.backoffMs ?? 1000) * 2 ** attempt);
      continue;
    }
    if (status < 200 || status >= 300)
      throw new AppError('sync.unavailable', `${opts.label} answered HTTP ${status} for ${shown}`);
    return parseBody(res.bytes, schema, `${opts.label} ${shown}`);
  }
  const code = lastProblem.includes('429') ? 'sync.rate-limited' : 'sync.unavailable';
  throw new AppError(code, `${opts.label} is unavailable (${lastProblem}, ${retries + 1} attempts)`);
}

function parseBody<S extends z.ZodType>(bytes: Uint8Array, schema: S, where: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new AppError('sync.malformed', `${where}: the answer is not JSON`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new AppError('sync.malformed', `${where}: the answer is not in the documented shape`, {
      details: parsed.error.issues.slice(0, 5).map((i) => `${jsonPath(i.path)}: ${i.message}`),
    });
  return parsed.data;
}

/** Retry-After in milliseconds: seconds or an HTTP date; 1 s when missing or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number {
  if (!value) return 1000;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}
