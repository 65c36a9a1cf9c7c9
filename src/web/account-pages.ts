import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAppError } from '../errors/app-error.js';
import { localiseError } from '../i18n/localise-error.js';
import type { ReaderDeps } from '../reader/reader-deps.js';
import { type AuthEnv, sessionCookieName } from '../server/auth/auth-env.js';
import { clearSessionCookie, clientIpOf, isSecureRequest, setSessionCookie } from '../server/auth/session-cookie.js';
import { statusOf } from '../server/error-response.js';
import { countUsers } from '../store/users-repository.js';
import { createOwner } from '../users/add-user.js';
import { login, logout } from '../users/login.js';
import { startSession } from '../users/session-from-token.js';
import { localPath } from './local-path.js';
import { type AccountFormOptions, renderAccountForm } from './render-account-form.js';
import { renderLayout } from './render-layout.js';
import { uiOf } from './ui-middleware.js';

type PageContext = Context<AuthEnv>;

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? body[name] : '');

function formPage(c: PageContext, opts: AccountFormOptions, status: ContentfulStatusCode = 200) {
  const ui = uiOf(c);
  const title = ui.t(opts.kind === 'setup' ? 'account.setupTitle' : 'account.login');
  const body = renderAccountForm({ ...opts, csrfToken: c.get('csrfToken') }, ui.t);
  return c.html(renderLayout({ title, user: null, csrfToken: null, body, ui: uiOf(c) }), status);
}

/** A form error re-renders the form with its message; any other error is the app's to report. */
function formError(c: PageContext, error: unknown, opts: AccountFormOptions) {
  if (!isAppError(error) || error.code === 'internal') throw error;
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  const { message, original } = localiseError(uiOf(c), error.code, error.message);
  return formPage(c, { ...opts, error: original ? `${message} (${original})` : message }, statusOf[error.code] ?? 400);
}

/**
 * The account pages: the first-run setup (creates the owner), logging in and out. They set and clear the same
 * session cookie as the JSON API; the auth middleware has already checked the origin (and the CSRF token of an
 * existing session) of every POST.
 */
export function accountPages(deps: ReaderDeps): Hono<AuthEnv> {
  const { db } = deps;
  const { trustProxy } = deps.config;
  const app = new Hono<AuthEnv>();
  const startFor = async (c: PageContext, token: string, expiresAt: Date) => {
    const previous = getCookie(c, sessionCookieName);
    if (previous) await logout(db, previous);
    setSessionCookie(c, token, expiresAt, isSecureRequest(c, trustProxy));
  };

  app.get('/setup', async (c) => {
    if ((await countUsers(db)) > 0) return c.redirect(c.get('user') ? '/' : '/login', 303);
    return formPage(c, { kind: 'setup' });
  });

  app.post('/setup', async (c) => {
    const body = await c.req.parseBody();
    const input = { name: field(body, 'name'), password: field(body, 'password') };
    try {
      const owner = await createOwner(db, input);
      const { token, session } = await startSession(db, owner);
      await startFor(c, token, session.expiresAt);
      return c.redirect('/welcome?first=1', 303);
    } catch (error) {
      if (isAppError(error, 'auth.setup-done')) return c.redirect('/login', 303);
      return formError(c, error, { kind: 'setup', name: input.name });
    }
  });

  app.get('/login', async (c) => {
    const next = localPath(c.req.query('next'));
    if (c.get('user')) return c.redirect(next ?? '/', 303);
    if ((await countUsers(db)) === 0) return c.redirect('/setup', 303);
    return formPage(c, { kind: 'login', next });
  });

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const input = { name: field(body, 'name'), password: field(body, 'password') };
    const next = localPath(field(body, 'next'));
    try {
      const { token, session } = await login(db, input, clientIpOf(c, trustProxy));
      await startFor(c, token, session.expiresAt);
      return c.redirect(next ?? '/', 303);
    } catch (error) {
      return formError(c, error, { kind: 'login', name: input.name, next });
    }
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, sessionCookieName);
    if (token) await logout(db, token);
    clearSessionCookie(c, isSecureRequest(c, trustProxy));
    return c.redirect('/login', 303);
  });

  return app;
}
