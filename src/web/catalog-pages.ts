import { type Context, Hono } from 'hono';
import { AppError } from '../errors/app-error.js';
import type { MessageKey, Translate } from '../i18n/translate.js';
import { readEpisode } from '../reader/read-episode.js';
import { readPerson } from '../reader/read-person.js';
import { readShow } from '../reader/read-show.js';
import { loadReader, type ReaderDeps } from '../reader/reader-deps.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { progressBodySchema, showIdParamSchema } from '../server/auth/auth-schemas.js';
import { removeProgress, setProgress } from '../store/progress-repository.js';
import { readForm } from './read-form.js';
import { episodeTitle, renderEpisodePage } from './render-episode-page.js';
import { renderLayout } from './render-layout.js';
import { renderPersonPage } from './render-person-page.js';
import { renderShowPage, type ShowPageContext, showPath } from './render-show-page.js';
import { pageUser, requirePageUser } from './require-page-user.js';
import { settingsPages } from './settings-pages.js';
import { uiOf } from './ui-middleware.js';
import { welcomePages } from './welcome-pages.js';

const showFlashes: Record<string, MessageKey> = {
  progress: 'show.flashProgress',
  unfollowed: 'show.flashUnfollowed',
};

/** A show id from the path, or `not-found` (a malformed id cannot name a show). */
function showIdOf(c: Context): string {
  const parsed = showIdParamSchema.safeParse({ showId: c.req.param('id') });
  if (!parsed.success) throw new AppError('not-found', 'no such show');
  return parsed.data.showId;
}

/** What is wrong with a "watched through episode" value, or null when it is a valid episode of this show. */
function progressProblem(text: string, episodeCount: number, t: Translate): string | null {
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(value)) return t('show.progressNaN');
  if (!progressBodySchema.safeParse({ watchedThrough: value }).success || value > episodeCount)
    return t('show.progressRange', { total: episodeCount });
  return null;
}

/**
 * The catalog's pages: a show (with the progress form and its charts), an episode, a person; the progress and
 * unfollow forms; and the settings pages. Every page needs a logged-in user (first run: /setup; else /login).
 */
export function catalogPages(deps: ReaderDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const guard = requirePageUser(deps);

  const renderShow = async (c: Context<AuthEnv>, showId: string, ctx: Partial<ShowPageContext>, status: 200 | 400) => {
    const user = pageUser(c);
    const page = await readShow(deps, await loadReader(deps.db, user), showId);
    const csrfToken = c.get('csrfToken');
    const body = renderShowPage(page, { ...ctx, csrfToken, t: uiOf(c).t });
    return c.html(
      renderLayout({ title: page.show.title, user, csrfToken, body, current: '/shows', ui: uiOf(c) }),
      status,
    );
  };

  const flashOf = (c: Context<AuthEnv>) => {
    const saved = c.req.query('saved') ?? '';
    return Object.hasOwn(showFlashes, saved) ? uiOf(c).t(showFlashes[saved]) : null;
  };

  app.get('/shows/:id', guard, (c) => renderShow(c, showIdOf(c), { flash: flashOf(c) }, 200));

  app.get('/shows/:id/episodes/:n', guard, async (c) => {
    const n = c.req.param('n');
    if (!/^\d{1,5}$/.test(n)) throw new AppError('not-found', 'no such episode');
    const user = pageUser(c);
    const page = await readEpisode(deps, await loadReader(deps.db, user), showIdOf(c), Number(n));
    const csrfToken = c.get('csrfToken');
    const body = renderEpisodePage(page, csrfToken, uiOf(c).t);
    return c.html(
      renderLayout({ title: episodeTitle(page, uiOf(c).t), user, csrfToken, body, current: '/shows', ui: uiOf(c) }),
    );
  });

  app.get('/people/:id', guard, async (c) => {
    const user = pageUser(c);
    const page = await readPerson(deps, await loadReader(deps.db, user), c.req.param('id'));
    const csrfToken = c.get('csrfToken');
    return c.html(
      renderLayout({
        title: page.person.name,
        user,
        csrfToken,
        body: renderPersonPage(page, csrfToken, uiOf(c).t),
        ui: uiOf(c),
      }),
    );
  });

  app.post('/shows/:id/progress', guard, async (c) => {
    const showId = showIdOf(c);
    const show = deps.linker().view.shows.get(showId);
    if (!show) throw new AppError('not-found', `no show ${showId} in the catalog`);
    const text = (await readForm(c)).text('watchedThrough');
    const problem = progressProblem(text, show.episodeCount, uiOf(c).t);
    if (problem) return renderShow(c, showId, { progressError: { message: problem, value: text } }, 400);
    await setProgress(deps.db, pageUser(c).id, showId, Number(text));
    return c.redirect(`${showPath(showId)}?saved=progress#progress`, 303);
  });

  app.post('/shows/:id/unfollow', guard, async (c) => {
    const showId = showIdOf(c);
    if (!deps.linker().view.shows.has(showId)) throw new AppError('not-found', `no show ${showId} in the catalog`);
    await removeProgress(deps.db, pageUser(c).id, showId);
    return c.redirect(`${showPath(showId)}?saved=unfollowed#progress`, 303);
  });

  app.route('/', settingsPages(deps));
  app.route('/', welcomePages(deps));
  return app;
}
