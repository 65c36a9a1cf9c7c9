import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { preloadReader } from '../../reader/reader-deps.js';
import { sessionFromToken } from '../../users/session-from-token.js';
import { type AuthDeps, type AuthEnv, sessionCookieName } from './auth-env.js';
import { assertCsrf, isStateChanging } from './check-csrf.js';
import { clearSessionCookie, isSecureRequest, setSessionCookie } from './session-cookie.js';

/**
 * Resolves the session cookie into `c.var.user` / `c.var.csrfToken` / `c.var.sessionId`, and applies the CSRF check
 * to every POST, PUT, PATCH and DELETE. Mount it once for the whole app; `authRoutes` also mounts it, and the second
 * run in the same request does nothing.
 */
export function createAuthMiddleware(deps: AuthDeps): MiddlewareHandler<AuthEnv> {
  const { trustProxy } = deps.config;
  return async (c, next) => {
    if (c.get('authResolved')) return next();
    c.set('authResolved', true);
    const token = getCookie(c, sessionCookieName);
    // A page or API read asks for the reader's preferences and state next: read them with the session (one
    // statement, not three). Writes read them again after the session, so nothing they change is missed.
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    const session = token ? await sessionFromToken(deps.db, token, new Date(), { withReader: reading }) : null;
    if (session?.reader) preloadReader(session.user, session.reader);
    c.set('user', session?.user ?? null);
    c.set('csrfToken', session?.csrfToken ?? null);
    c.set('sessionId', session?.id ?? null);
    const secure = isSecureRequest(c, trustProxy);
    if (token && !session) clearSessionCookie(c, secure);
    else if (token && session?.renewed) setSessionCookie(c, token, session.expiresAt, secure);
    if (isStateChanging(c.req.method)) await assertCsrf(c, session?.csrfToken ?? null, trustProxy);
    await next();
  };
}
