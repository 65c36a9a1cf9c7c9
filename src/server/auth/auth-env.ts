import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/load-config.js';
import { AppError } from '../../errors/app-error.js';
import type { Ui } from '../../i18n/ui.js';
import type { DB } from '../../store/db-types.js';
import type { SessionUser } from '../../users/session-from-token.js';

export type { SessionUser };

/** What the auth middleware and routes need: the database, and whether to trust a reverse proxy's headers. */
export interface AuthDeps {
  db: Kysely<DB>;
  config: Pick<Config, 'trustProxy'>;
}

/**
 * Context variables the auth middleware sets on every request: `c.var.user` (null when nobody is logged in),
 * `c.var.csrfToken` (the session's, for pages to embed in forms) and `c.var.sessionId`.
 */
export interface AuthVariables {
  user: SessionUser | null;
  csrfToken: string | null;
  sessionId: string | null;
  /** Set once the middleware ran for this request, so mounting it twice costs nothing. */
  authResolved: boolean;
  /** The interface's language and colour scheme for this request (set by src/web/ui-middleware.ts). */
  ui: Ui;
}

export type AuthEnv = { Variables: AuthVariables };

export const sessionCookieName = 'haebang_session';

/** The logged-in user, or `auth.required` (401). */
export function currentUser(c: Context<AuthEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new AppError('auth.required', 'log in first');
  return user;
}
