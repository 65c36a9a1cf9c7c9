import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { AuthEnv } from '../server/auth/auth-env.js';
import type { DB } from '../store/db-types.js';
import { countUsers } from '../store/users-repository.js';
import type { SessionUser } from '../users/session-from-token.js';

/**
 * Every page needs a logged-in user. Nobody logged in: on a first run (no user at all) the browser goes to /setup,
 * otherwise to /login?next=<this page>. Needs the auth middleware before it.
 */
export function requirePageUser(deps: { db: Kysely<DB> }): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.get('user')) return next();
    if ((await countUsers(deps.db)) === 0) return c.redirect('/setup', 303);
    const url = new URL(c.req.url);
    const here = c.req.method === 'GET' ? `${url.pathname}${url.search}` : '/';
    return c.redirect(here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`, 303);
  };
}

/** The logged-in user of a page behind `requirePageUser`. */
export function pageUser(c: Context<AuthEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new Error('pageUser used on a route without requirePageUser');
  return user;
}
