import { Hono } from 'hono';
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

/**
 * The logged-in user's own reading state. No route takes a user id: every one reads and writes the state of
 * `c.var.user`, so one user can neither see nor change another's.
 */
export function readingStateRoutes(deps: AuthDeps): Hono<AuthEnv> {
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
    await setProgress(db, user.id, showId, watchedThrough);
    return c.json({ showId, watchedThrough });
  });

  app.delete('/progress/:showId', async (c) => {
    const user = currentUser(c);
    await removeProgress(db, user.id, readParams(c, showIdParamSchema).showId);
    return c.body(null, 204);
  });

  app.get('/settings', async (c) => {
    const user = currentUser(c);
    return c.json((await getSettings(db, user.id)) ?? { unfollowedPolicy: user.unfollowedPolicy });
  });

  app.put('/settings', async (c) => {
    const user = currentUser(c);
    const settings = await readJsonBody(c, settingsBodySchema);
    await setSettings(db, user.id, settings);
    return c.json(settings);
  });

  app.get('/reveals', async (c) => c.json({ reveals: await listReveals(db, currentUser(c).id) }));

  app.post('/reveals/:itemId', async (c) => {
    const user = currentUser(c);
    await addReveal(db, user.id, readParams(c, itemIdParamSchema).itemId);
    return c.body(null, 204);
  });

  app.delete('/reveals/:itemId', async (c) => {
    const user = currentUser(c);
    await removeReveal(db, user.id, readParams(c, itemIdParamSchema).itemId);
    return c.body(null, 204);
  });

  return app;
}
