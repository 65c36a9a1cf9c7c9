import { Hono } from 'hono';
import { html } from 'hono/html';
import { AppError } from '../errors/app-error.js';
import { markAllRead, readSaved } from '../reader/item-state.js';
import { loadReader, type ReaderDeps } from '../reader/reader-deps.js';
import { savedQuerySchema } from '../reader/reader-schemas.js';
import { checkItemExists } from '../reader/reading-state-checks.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { showIdParamSchema } from '../server/auth/auth-schemas.js';
import { errorResponse } from '../server/error-response.js';
import { addStar, markRead, markUnread, removeStar } from '../store/item-state-repository.js';
import { backPath, backTo, itemIdOf } from './back-to.js';
import { renderEntries } from './render-entry.js';
import { renderLayout } from './render-layout.js';
import { pageUser, requirePageUser } from './require-page-user.js';
import { uiOf } from './ui-middleware.js';

/**
 * The forms behind the read and save buttons (each back to the page it was on, at the item), "mark all read", and
 * the Saved page. The same marks are in the JSON API (src/server/api/item-state-routes.ts) for app.js.
 */
export function itemStatePages(deps: ReaderDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.onError((error, c) => errorResponse(error, c));
  const auth = requirePageUser(deps);
  const { db } = deps;
  const marks: Record<string, (userId: number, id: string) => Promise<unknown>> = {
    read: async (u, id) => {
      await checkItemExists(db, id);
      await markRead(db, u, [id]);
    },
    unread: (u, id) => markUnread(db, u, id),
    star: async (u, id) => {
      await checkItemExists(db, id);
      await addStar(db, u, id);
    },
    unstar: (u, id) => removeStar(db, u, id),
  };
  for (const [action, mark] of Object.entries(marks))
    app.post(`/items/:id/${action}`, auth, async (c) => {
      const id = itemIdOf(c);
      await mark(pageUser(c).id, id);
      return c.redirect(await backTo(c, id), 303);
    });

  app.post('/read', auth, async (c) => {
    const body = await c.req.parseBody();
    const show = typeof body.show === 'string' && body.show ? showIdParamSchema.safeParse({ showId: body.show }) : null;
    if (show && !show.success) throw new AppError('input.invalid', 'invalid show: expected a show id');
    await markAllRead(deps, await loadReader(db, pageUser(c)), show?.data?.showId);
    return c.redirect((await backPath(c)) ?? '/', 303);
  });

  app.get('/saved', auth, async (c) => {
    const parsed = savedQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new AppError('input.invalid', 'invalid cursor or limit');
    const query = parsed.data;
    const saved = await readSaved(deps, await loadReader(db, pageUser(c)), query);
    const { t } = uiOf(c);
    const ctx = { csrfToken: c.get('csrfToken'), back: '/saved', t };
    const more = saved.nextCursor
      ? html`<nav class="pager" aria-label="${t('feed.more')}"><a href="/saved?cursor=${saved.nextCursor}" rel="next">${t('saved.older')}</a></nav>`
      : null;
    const body = html`<h1>${t('nav.saved')}</h1>
<p class="muted">${t('saved.intro')}</p>
${renderEntries(saved.entries, ctx, t('saved.empty'))}
${more}`;
    return c.html(
      renderLayout({
        title: t('nav.saved'),
        user: pageUser(c),
        csrfToken: c.get('csrfToken'),
        body,
        current: '/saved',
        ui: uiOf(c),
      }),
    );
  });
  return app;
}
