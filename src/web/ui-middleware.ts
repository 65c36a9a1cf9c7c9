import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { pickLocale } from '../i18n/pick-locale.js';
import { type Ui, uiFor } from '../i18n/ui.js';
import { preloadedPreferences } from '../reader/reader-deps.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import type { DB } from '../store/db-types.js';
import { getPreferences } from '../store/preferences-repository.js';

/**
 * Sets `c.var.ui` for every request: the logged-in reader's language and colour scheme settings, or, for `auto` and
 * for nobody logged in, the browser's Accept-Language. Needs the auth middleware before it.
 */
export function uiMiddleware(deps: { db: Kysely<DB> }): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const user = c.get('user');
    const prefs = user ? (preloadedPreferences(user) ?? (await getPreferences(deps.db, user.id))) : null;
    c.set('ui', uiFor(pickLocale(prefs?.locale, c.req.header('accept-language')), prefs?.theme ?? 'auto'));
    c.header('Vary', 'Accept-Language', { append: true });
    await next();
  };
}

/** This request's Ui; the browser's language when no middleware set it (an app without a database). */
export function uiOf(c: Context): Ui {
  const ui = (c.var as { ui?: Ui }).ui;
  return ui ?? uiFor(pickLocale(null, c.req.header('accept-language')));
}
