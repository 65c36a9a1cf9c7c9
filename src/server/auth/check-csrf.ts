import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { AppError } from '../../errors/app-error.js';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
  return stateChanging.has(method.toUpperCase());
}

function sameSecret(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** The host the browser addressed: Host, or a trusted proxy's X-Forwarded-Host, or the request URL's. */
function requestHost(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0].trim() : undefined;
  return (forwarded || c.req.header('host') || new URL(c.req.url).host).toLowerCase();
}

/**
 * Refuses a request that another site made the browser send: an Origin (when the browser sends one) naming another
 * host, or a Sec-Fetch-Site saying the request came from another site.
 */
export function assertSameOrigin(c: Context, trustProxy: boolean): void {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    throw new AppError('auth.csrf', `cross-site request refused (Sec-Fetch-Site: ${site})`);
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    host = origin === 'null' ? null : new URL(origin).host.toLowerCase();
  } catch {
    host = null;
  }
  if (host !== requestHost(c, trustProxy))
    throw new AppError('auth.csrf', `cross-origin request refused (Origin: ${origin})`);
}

/** The CSRF token a request carries: the `x-csrf-token` header, or the `_csrf` field of a form body. */
async function presentedToken(c: Context): Promise<string | null> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  return typeof body._csrf === 'string' ? body._csrf : null;
}

/**
 * CSRF protection for a state-changing request: same origin always, and, when a session is logged in, its CSRF token
 * in the header or the form. (Without a session there is nothing to forge a request with: logging in and the
 * first-run setup only need the origin check.)
 */
export async function assertCsrf(c: Context, sessionCsrfToken: string | null, trustProxy: boolean): Promise<void> {
  assertSameOrigin(c, trustProxy);
  if (sessionCsrfToken === null) return;
  const token = await presentedToken(c);
  if (token === null) throw new AppError('auth.csrf', 'missing CSRF token (x-csrf-token header or _csrf field)');
  if (!sameSecret(token, sessionCsrfToken)) throw new AppError('auth.csrf', 'wrong CSRF token');
}
