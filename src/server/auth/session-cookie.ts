import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { sessionCookieName } from './auth-env.js';

/**
 * True when the browser reached us over TLS: the request URL is https, or a trusted reverse proxy says so in
 * X-Forwarded-Proto. Session cookies are then marked Secure.
 */
export function isSecureRequest(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}

/**
 * The client's address for rate limiting: with a trusted proxy, the last X-Forwarded-For entry (the one the proxy
 * itself appended; earlier entries are whatever the client sent); otherwise the socket's peer. Null when unknown.
 */
export function clientIpOf(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // not served by @hono/node-server (e.g. app.request in tests)
  }
}

const baseOptions = { path: '/', httpOnly: true, sameSite: 'Lax' } as const;

export function setSessionCookie(c: Context, token: string, expiresAt: Date, secure: boolean): void {
  const maxAge = Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000));
  setCookie(c, sessionCookieName, token, { ...baseOptions, secure, maxAge, expires: expiresAt });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName, { ...baseOptions, secure });
}
