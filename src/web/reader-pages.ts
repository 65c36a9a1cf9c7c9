import { type Context, Hono } from 'hono';
import { AppError } from '../errors/app-error.js';
import { countUnread } from '../reader/item-state.js';
import { readFeed } from '../reader/read-feed.js';
import { readItem } from '../reader/read-item.js';
import { listShows } from '../reader/read-show.js';
import { loadReader, type ReaderDeps } from '../reader/reader-deps.js';
import { feedQuerySchema, searchQuerySchema } from '../reader/reader-schemas.js';
import { checkItemExists } from '../reader/reading-state-checks.js';
import { searchEverything } from '../reader/search-everything.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { errorResponse } from '../server/error-response.js';
import { addReveal, removeReveal } from '../store/progress-repository.js';
import { accountPages } from './account-pages.js';
import { backTo, itemIdOf } from './back-to.js';
import { itemStatePages } from './item-state-pages.js';
import { renderFeedPage } from './render-feed-page.js';
import { renderItemPage } from './render-item-page.js';
import { type Html, type LayoutOptions, renderLayout } from './render-layout.js';
import { renderPolicyNotice } from './render-policy-notice.js';
import { renderSearchPage } from './render-search-page.js';
import { renderShowsPage } from './render-shows-page.js';
import { pageUser, requirePageUser } from './require-page-user.js';
import { uiOf } from './ui-middleware.js';

type PageContext = Context<AuthEnv>;

/** Renders a page body in the layout, for the logged-in user. */
function page(c: PageContext, title: string, body: Html, extra: Partial<LayoutOptions> = {}, status: 200 | 400 = 200) {
  const doc = renderLayout({ title, user: pageUser(c), csrfToken: c.get('csrfToken'), body, ui: uiOf(c), ...extra });
  return c.html(plainHtml(doc), status);
}

/**
 * The document as a plain string when it is one already made (escaped, no parts left to resolve): node-server writes
 * a string body at once, where an HtmlEscapedString object is streamed (a fifth of a feed page's CPU).
 */
function plainHtml(doc: Html): Html | string {
  return doc instanceof Promise || doc.callbacks?.length ? doc : doc.toString();
}

/** Query parameters with empty values dropped (a filter form sends `show=` for "All shows"). */
function queryOf(c: PageContext): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
}

/**
 * The reader's pages: the feed, an item, the list of shows and search, plus the reveal and hide buttons and the
 * account pages. Every page asks the reader services for its views (they apply the spoiler gate) and renders them.
 */
export function readerPages(deps: ReaderDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.onError((error, c) => errorResponse(error, c));
  const auth = requirePageUser(deps);
  const reader = (c: PageContext) => loadReader(deps.db, pageUser(c));

  app.route('/', accountPages(deps));
  app.route('/', itemStatePages(deps));

  app.get('/', auth, async (c) => {
    const parsed = feedQuerySchema.safeParse(queryOf(c));
    if (!parsed.success)
      throw new AppError('input.invalid', `invalid filter: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const query = parsed.data;
    const r = await reader(c);
    const [feed, shows, unread] = await Promise.all([
      readFeed(deps, r, query),
      listShows(deps, r),
      countUnread(deps, r, query.show),
    ]);
    const person = query.person ? deps.linker().view.people.get(query.person) : undefined;
    const url = new URL(c.req.url);
    const body = renderFeedPage({
      page: feed,
      query,
      shows,
      person: query.person ? { id: query.person, name: person?.name ?? query.person } : null,
      csrfToken: c.get('csrfToken'),
      here: `${url.pathname}${url.search}`,
      notice: renderPolicyNotice(uiOf(c), r.state.unfollowedPolicy, r.state.progress.size > 0, c.get('csrfToken')),
      unread,
      t: uiOf(c).t,
    });
    // The count is of what the gate shows this reader only: a title never moves for a hidden item.
    const feedTitle = uiOf(c).t('nav.feed');
    return page(c, unread.unread ? `(${unread.unread}) ${feedTitle}` : feedTitle, body, { current: '/' });
  });

  app.get('/items/:id', auth, async (c) => {
    const item = await readItem(deps, await reader(c), itemIdOf(c));
    const parts = renderItemPage(item, c.get('csrfToken'), uiOf(c).t);
    return page(c, parts.title, parts.body, { preview: parts.preview });
  });

  app.post('/items/:id/reveal', auth, async (c) => {
    const id = itemIdOf(c);
    await checkItemExists(deps.db, id);
    await addReveal(deps.db, pageUser(c).id, id);
    return c.redirect(await backTo(c, id), 303);
  });

  app.post('/items/:id/hide', auth, async (c) => {
    const id = itemIdOf(c);
    await removeReveal(deps.db, pageUser(c).id, id);
    return c.redirect(await backTo(c, id), 303);
  });

  app.get('/shows', auth, async (c) => {
    const r = await reader(c);
    const [shows, unread] = await Promise.all([listShows(deps, r), countUnread(deps, r)]);
    const { t } = uiOf(c);
    return page(c, t('nav.shows'), renderShowsPage(shows, unread.byShow, t), { current: '/shows' });
  });

  app.get('/search', auth, async (c) => {
    const q = c.req.query('q') ?? '';
    const parsed = searchQuerySchema.safeParse({ q });
    const error = q && !parsed.success ? parsed.error.issues.map((i) => i.message).join('; ') : null;
    const result = parsed.success ? await searchEverything(deps, await reader(c), parsed.data.q) : null;
    const view = deps.linker().view;
    const body = renderSearchPage({
      query: parsed.success ? parsed.data.q : '',
      result,
      error,
      showTitle: (id) => view.shows.get(id)?.title ?? id,
      csrfToken: c.get('csrfToken'),
      t: uiOf(c).t,
    });
    const title = parsed.success ? uiOf(c).t('search.headingFor', { title: parsed.data.q }) : uiOf(c).t('nav.search');
    return page(c, title, body, { query: parsed.success ? parsed.data.q : q }, error ? 400 : 200);
  });

  return app;
}
