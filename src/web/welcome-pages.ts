import { type Context, Hono } from 'hono';
import { listFirstRunShows } from '../reader/list-first-run-shows.js';
import { loadReader, type ReaderDeps } from '../reader/reader-deps.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { settingsBodySchema, showIdParamSchema } from '../server/auth/auth-schemas.js';
import { setProgress, setSettings } from '../store/progress-repository.js';
import { readForm } from './read-form.js';
import { renderLayout } from './render-layout.js';
import { renderWelcomePage } from './render-welcome-page.js';
import { pageUser, requirePageUser } from './require-page-user.js';
import { uiOf } from './ui-middleware.js';

/** Back to the first run after saving a show: the same search, a notice, and the show's row in view. */
function welcomeHref(q: string, savedId: string, first: boolean): string {
  const params = new URLSearchParams({ saved: savedId });
  if (q) params.set('q', q);
  if (first) params.set('first', '1');
  return `/welcome?${params}#show-${savedId}`;
}

/**
 * The first run (/welcome, where the owner lands after creating the account, and anyone from the feed or
 * Settings): pick the shows you watch and how far, by search in any spelling, then how to treat the others.
 * Until the reader chooses, the page proposes "show everything" for shows they don't follow.
 */
export function welcomePages(deps: ReaderDeps): Hono<AuthEnv> {
  const { db } = deps;
  const app = new Hono<AuthEnv>();
  const guard = requirePageUser(deps);

  const render = async (c: Context<AuthEnv>, query: string, error: string | null = null) => {
    const ui = uiOf(c);
    const user = pageUser(c);
    const reader = await loadReader(db, user);
    const q = query.trim().slice(0, 200);
    const shows = await listFirstRunShows(deps, reader, q);
    const savedId = c.req.query('saved');
    const savedShow = savedId ? (deps.linker().view.shows.get(savedId)?.title ?? null) : null;
    // On the first run (from setup: ?first=1, kept through searches and saves) "show everything" is proposed; later
    // visits show the reader's own choice.
    const first = c.req.query('first') === '1';
    const unfollowedPolicy = first ? 'show' : reader.state.unfollowedPolicy;
    const csrfToken = c.get('csrfToken');
    const body = renderWelcomePage({ ui, csrfToken, query: q, shows, unfollowedPolicy, savedShow, error, first });
    const title = ui.t('welcome.title');
    return c.html(renderLayout({ title, user, csrfToken, body, ui }), error ? 400 : 200);
  };

  app.get('/welcome', guard, (c) => render(c, c.req.query('q') ?? ''));

  app.post('/welcome/progress', guard, async (c) => {
    const form = await readForm(c);
    const q = form.text('q');
    const first = form.text('first') === '1';
    const id = showIdParamSchema.safeParse({ showId: form.text('showId') });
    const show = id.success ? deps.linker().view.shows.get(id.data.showId) : undefined;
    const n = Number(form.text('watchedThrough'));
    if (!show) return render(c, q, uiOf(c).t('error.404'));
    if (!form.text('watchedThrough') || !Number.isInteger(n) || n < 0 || n > show.episodeCount)
      return render(c, q, uiOf(c).t('welcome.badEpisode', { total: show.episodeCount }));
    await setProgress(db, pageUser(c).id, show.id, n);
    return c.redirect(welcomeHref(q, show.id, first), 303);
  });

  app.post('/welcome/done', guard, async (c) => {
    const parsed = settingsBodySchema.safeParse({ unfollowedPolicy: (await readForm(c)).text('unfollowedPolicy') });
    if (!parsed.success) return render(c, '', uiOf(c).t('welcome.choosePolicy'));
    await setSettings(db, pageUser(c).id, parsed.data);
    return c.redirect('/', 303);
  });

  return app;
}
