import { Hono } from 'hono';
import type { Linker } from '../../link/build-linker.js';
import { checkItemExists, checkWatchedThrough, showOfProgress } from '../../reader/reading-state-checks.js';
import {
  addReveal,
  getProgress,
  getSettings,
  listReveals,
  removeProgress,
  removeReveal,
  setProgress,
  setSettings,
} from '../../store/progress-repository.js';
import { type AuthDeps, type AuthEnv, currentUser } from './auth-env.js';
import { itemIdParamSchema, progressBodySchema, settingsBodySchema, showIdParamSchema } from './auth-schemas.js';
import { readJsonBody, readParams } from './read-json-body.js';

/** The reading-state routes check shows against the catalog of the current linker. */
export type ReadingStateDeps = AuthDeps & { linker(): Pick<Linker, 'view'> };

/**
 * The logged-in user's own reading state. No route takes a user id: every one reads and writes the state of
 * `c.var.user`, so one user can neither see nor change another's. Progress must name a catalog show and one of its
 * episodes (404 `not-found`, 400 `input.invalid`), a reveal a stored item (404): nothing is written otherwise.
 */
export function readingStateRoutes(deps: ReadingStateDeps): Hono<AuthEnv> {
  const { db } = deps;
  const app = new Hono<AuthEnv>();

  app.get('/progress', async (c) => {
    const progress = await getProgress(db, currentUser(c).id);
    return c.json({ progress: Object.fromEntries(progress) });
  });

  app.put('/progress/:showId', async (c) => {
    const user = currentUser(c);
    const { showId } = readParams(c, showIdParamSchema);
    const { watchedThrough } = await readJsonBody(c, progressBodySchema);
    checkWatchedThrough(showOfProgress(deps.linker().view, showId), watchedThrough);
    await setProgress(db, user.id, showId, watchedThrough);
    return c.json({ showId, watchedThrough });
  });

  app.delete('/progress/:showId', async (c) => {
    const user = currentUser(c);
    const { showId } = readParams(c, showIdParamSchema);
    // A show that left the catalog can still be unfollowed; otherwise the show must exist.
    if (!(await removeProgress(db, user.id, showId))) showOfProgress(deps.linker().view, showId);
    return c.body(null, 204);
  });

  app.get('/settings', async (c) => {
    const user = currentUser(c);
    return c.json(
      (await getSettings(db, user.id)) ?? { unfollowedPolicy: user.unfollowedPolicy, unsurePolicy: 'hide' },
    );
  });

  app.put('/settings', async (c) => {
    const user = currentUser(c);
    const settings = await readJsonBody(c, settingsBodySchema);
    await setSettings(db, user.id, settings);
    return c.json(await getSettings(db, user.id));
  });

  app.get('/reveals', async (c) => c.json({ reveals: await listReveals(db, currentUser(c).id) }));

  app.post('/reveals/:itemId', async (c) => {
    const user = currentUser(c);
    const { itemId } = readParams(c, itemIdParamSchema);
    await checkItemExists(db, itemId);
    await addReveal(db, user.id, itemId);
    return c.body(null, 204);
  });

  app.delete('/reveals/:itemId', async (c) => {
    const user = currentUser(c);
    const { itemId } = readParams(c, itemIdParamSchema);
    // A revealed item removed with its feed can still be hidden again; otherwise the item must exist.
    if (!(await removeReveal(db, user.id, itemId))) await checkItemExists(db, itemId);
    return c.body(null, 204);
  });

  return app;
}
