import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { countUsers, listUsers } from '../../store/users-repository.js';
import { addUser, createOwner } from '../../users/add-user.js';
import { changePassword } from '../../users/change-password.js';
import { login, logout } from '../../users/login.js';
import { startSession, toSessionUser } from '../../users/session-from-token.js';
import { refuseQuery } from '../api/api-route.js';
import { errorResponse } from '../error-response.js';
import { type AuthEnv, currentUser, sessionCookieName } from './auth-env.js';
import { passwordBodySchema, sessionBodySchema, setupBodySchema, userBodySchema } from './auth-schemas.js';
import { createAuthMiddleware } from './create-auth-middleware.js';
import { readJsonBody } from './read-json-body.js';
import { type ReadingStateDeps, readingStateRoutes } from './reading-state-routes.js';
import { requireOwner } from './require-user.js';
import { clearSessionCookie, clientIpOf, isSecureRequest, setSessionCookie } from './session-cookie.js';

/**
 * The account and reading-state JSON API, to be mounted at /api: setup, session (log in, out, who am I), users
 * (owner only), password, and the user's own progress, settings and reveals. Every state change passes the CSRF
 * check of the auth middleware, which this sub-app mounts itself.
 */
export function authRoutes(deps: ReadingStateDeps): Hono<AuthEnv> {
  const { db } = deps;
  const { trustProxy } = deps.config;
  const app = new Hono<AuthEnv>();
  app.onError((error, c) => errorResponse(error, c));
  app.use('*', createAuthMiddleware(deps));
  // None of these routes takes a query parameter: one that is sent anyway is refused (400), not ignored.
  const own = ['/setup', '/session', '/password', '/users', '/progress', '/progress/*', '/settings', '/reveals'];
  for (const path of [...own, '/reveals/*']) app.use(path, refuseQuery);

  app.get('/setup', async (c) => c.json({ needed: (await countUsers(db)) === 0 }));

  app.post('/setup', async (c) => {
    const owner = await createOwner(db, await readJsonBody(c, setupBodySchema));
    const { token, session } = await startSession(db, owner);
    setSessionCookie(c, token, session.expiresAt, isSecureRequest(c, trustProxy));
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 201);
  });

  app.get('/session', (c) => c.json({ user: currentUser(c), csrfToken: c.get('csrfToken') }));

  app.post('/session', async (c) => {
    const credentials = await readJsonBody(c, sessionBodySchema);
    const { token, session } = await login(db, credentials, clientIpOf(c, trustProxy));
    const previous = getCookie(c, sessionCookieName);
    if (previous) await logout(db, previous);
    setSessionCookie(c, token, session.expiresAt, isSecureRequest(c, trustProxy));
    return c.json({ user: session.user, csrfToken: session.csrfToken });
  });

  app.delete('/session', async (c) => {
    const token = getCookie(c, sessionCookieName);
    if (token) await logout(db, token);
    clearSessionCookie(c, isSecureRequest(c, trustProxy));
    return c.body(null, 204);
  });

  app.put('/password', async (c) => {
    const user = currentUser(c);
    await changePassword(db, user.id, await readJsonBody(c, passwordBodySchema), c.get('sessionId') ?? undefined);
    return c.body(null, 204);
  });

  app.get('/users', requireOwner, async (c) => {
    const users = await listUsers(db);
    return c.json({
      users: users.map((u) => ({ id: u.id, name: u.name, role: u.role, createdAt: u.createdAt.toISOString() })),
    });
  });

  app.post('/users', requireOwner, async (c) => {
    const added = await addUser(db, currentUser(c), await readJsonBody(c, userBodySchema));
    return c.json({ user: toSessionUser(added) }, 201);
  });

  app.route('/', readingStateRoutes(deps));
  return app;
}
