import { type Context, Hono } from 'hono';
import { importCatalog } from '../catalog/import-catalog.js';
import { AppError, isAppError } from '../errors/app-error.js';
import { localiseError } from '../i18n/localise-error.js';
import type { MessageKey } from '../i18n/translate.js';
import { addFeed } from '../ingest/add-feed.js';
import { importOpml } from '../ingest/import-opml.js';
import { refreshUnclaimed } from '../ingest/refresh-unclaimed.js';
import { writeOpml } from '../parse/read-opml.js';
import { exportProgress, importProgress } from '../progress/import-progress.js';
import { listShows } from '../reader/read-show.js';
import { loadReader, type ReaderDeps } from '../reader/reader-deps.js';
import { hiddenItemsSchema, makeFeedUrls } from '../server/api/feed-token-routes.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { settingsBodySchema } from '../server/auth/auth-schemas.js';
import type { UpsertReport } from '../store/catalog-repository.js';
import { countDemoItems, removeDemoItems } from '../store/demo-repository.js';
import { deleteFeedToken, readFeedTokenOf, setFeedTokenHiddenItems } from '../store/feed-tokens-repository.js';
import { deleteFeed, findFeed, listFeeds, setFeedInterval } from '../store/feeds-repository.js';
import { getPreferences, setPreferences } from '../store/preferences-repository.js';
import { setSettings } from '../store/progress-repository.js';
import { listUsers } from '../store/users-repository.js';
import { readSyncSources, setSyncSource, syncSourceNameSchema } from '../sync/sync-sources-setting.js';
import { addUser } from '../users/add-user.js';
import { changePassword } from '../users/change-password.js';
import { preferencesSchema } from '../users/preferences-schema.js';
import { readForm } from './read-form.js';
import { renderLayout } from './render-layout.js';
import { renderSettingsPage, type SettingsView } from './render-settings-page.js';
import { intervalChoices } from './render-sources-section.js';
import { pageUser, requirePageUser } from './require-page-user.js';
import { uiOf } from './ui-middleware.js';

/** The largest catalog file the page takes (the starter catalog of 45 shows is about 45 KB). */
export const maxCatalogBytes = 10 * 1024 * 1024;

const flashes: Record<string, MessageKey> = {
  reading: 'flash.reading',
  interface: 'prefs.saved',
  password: 'flash.password',
  feed: 'flash.feed',
  'demo-removed': 'flash.demoRemoved',
  'feed-removed': 'flash.feedRemoved',
  catalog: 'flash.catalog',
  user: 'flash.user',
};

const kinds = ['networks', 'people', 'shows'] as const;

const tooLarge = (c: Context<AuthEnv>, name: string) => uiOf(c).t('settings.tooLarge', { name });

/** The import report in a redirect's query string: "1.0.2-3.1.40-0.0.45" (added.updated.unchanged per kind). */
export function encodeReport(report: UpsertReport): string {
  return kinds.map((k) => `${report[k].added}.${report[k].updated}.${report[k].unchanged}`).join('-');
}

export function decodeReport(text: string | undefined): UpsertReport | null {
  const m = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})-(\d{1,9})\.(\d{1,9})\.(\d{1,9})-(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/.exec(
    text ?? '',
  );
  if (!m) return null;
  const n = m.slice(1).map(Number);
  const at = (i: number) => ({ added: n[i], updated: n[i + 1], unchanged: n[i + 2] });
  return { networks: at(0), people: at(3), shows: at(6) };
}

/** An expected failure of a form (bad input, a feed that cannot be read) as the section's error; others go on up. */
function formError(
  c: Context<AuthEnv>,
  section: NonNullable<SettingsView['error']>['section'],
  error: unknown,
): SettingsView['error'] {
  if (!isAppError(error) || error.code === 'auth.forbidden' || error.code === 'auth.csrf') throw error;
  const { message, original } = localiseError(uiOf(c), error.code, error.message);
  const details = error.details ?? [];
  return { section, message, details: original ? [original, ...details] : details };
}

/**
 * The settings page and its forms. Everyone: reading settings, progress, password. The owner alone: feeds, catalog
 * import, users (a member gets 403). Every form redirects back with a flash (post/redirect/get) or, when something
 * is wrong, shows the page again with the problem next to its form (400).
 */
export function settingsPages(deps: ReaderDeps): Hono<AuthEnv> {
  const { db } = deps;
  const app = new Hono<AuthEnv>();
  const guard = requirePageUser(deps);
  const ownerOnly = async (c: Context<AuthEnv>, next: () => Promise<void>) => {
    if (pageUser(c).role !== 'owner') throw new AppError('auth.forbidden', 'only the owner can do this');
    await next();
  };

  const render = async (c: Context<AuthEnv>, extra: Partial<SettingsView>, status: 200 | 400 = 200) => {
    const user = pageUser(c);
    const reader = await loadReader(db, user);
    const shows = await listShows(deps, reader);
    const owner =
      user.role === 'owner'
        ? {
            feeds: await listFeeds(db),
            users: await listUsers(db),
            demoItems: await countDemoItems(db),
            syncSources: await readSyncSources(db),
            tmdbKey: Boolean(deps.config.tmdbToken || deps.config.tmdbApiKey),
          }
        : undefined;
    const csrfToken = c.get('csrfToken');
    const view: SettingsView = {
      user,
      csrfToken,
      unfollowedPolicy: reader.state.unfollowedPolicy,
      unsurePolicy: reader.state.unsurePolicy ?? 'hide',
      progress: shows.flatMap((s) =>
        s.watchedThrough === null
          ? []
          : [{ id: s.id, title: s.title, episodeCount: s.episodeCount, watchedThrough: s.watchedThrough }],
      ),
      owner,
      ui: uiOf(c),
      preferences: await getPreferences(db, user.id),
      feedToken: { hiddenItems: (await readFeedTokenOf(db, user.id))?.hiddenItems ?? null },
      ...extra,
    };
    const body = renderSettingsPage(view);
    return c.html(
      renderLayout({ title: uiOf(c).t('nav.settings'), user, csrfToken, body, current: '/settings', ui: uiOf(c) }),
      status,
    );
  };
  const saved = (c: Context, what: string, query = '') => c.redirect(`/settings?saved=${what}${query}`, 303);

  /** The flash of "fetch now" and of a new interval: the feed's name, and what the fetch brought or its error. */
  const feedFlash = async (c: Context<AuthEnv>): Promise<string | null> => {
    const what = c.req.query('saved');
    if (!['fetched', 'fetch-failed', 'fetch-busy', 'interval'].includes(what ?? '')) return null;
    const id = c.req.query('feed') ?? '';
    const feed = /^\d{1,12}$/.test(id) ? await findFeed(db, id) : null;
    if (!feed) return null;
    const { t } = uiOf(c);
    const name = feed.title ?? feed.url;
    if (what === 'interval') return t('sources.intervalSaved', { name });
    if (what === 'fetch-busy') return t('sources.fetchBusy', { name });
    if (what === 'fetch-failed') return t('sources.fetchFailed', { name, error: feed.last_error ?? '' });
    return t('sources.fetched', { name, added: Number(c.req.query('added')) || 0 });
  };

  /** The flash after a catalog source was turned on or off (`?saved=sync-source&source=wikidata&on=1`). */
  const syncFlash = (c: Context<AuthEnv>): string | null => {
    const source = syncSourceNameSchema.safeParse(c.req.query('source'));
    if (c.req.query('saved') !== 'sync-source' || !source.success) return null;
    const { t } = uiOf(c);
    const name = t(source.data === 'tmdb' ? 'syncSources.tmdb' : 'syncSources.wikidata');
    return t('syncSources.saved', { name, on: c.req.query('on') === '1' });
  };

  const feedTokenFlash = (c: Context<AuthEnv>): string | null => {
    const what = c.req.query('saved');
    if (what === 'feed-token') return uiOf(c).t('feedToken.saved');
    return what === 'feed-token-off' ? uiOf(c).t('feedToken.revoked') : null;
  };

  const plainFlash = (c: Context<AuthEnv>) => {
    const what = c.req.query('saved') ?? '';
    return Object.hasOwn(flashes, what) ? uiOf(c).t(flashes[what]) : null;
  };

  app.get('/settings', guard, async (c) =>
    render(c, {
      flash: (await feedFlash(c)) ?? syncFlash(c) ?? feedTokenFlash(c) ?? plainFlash(c),
      importReport: c.req.query('saved') === 'catalog' ? decodeReport(c.req.query('report')) : null,
    }),
  );

  app.post('/settings/reading', guard, async (c) => {
    const form = await readForm(c);
    // The one-click switch above the feed sends only unfollowedPolicy: the unsure policy is then kept.
    const unsure = form.text('unsurePolicy');
    const parsed = settingsBodySchema.safeParse({
      unfollowedPolicy: form.text('unfollowedPolicy'),
      ...(unsure === '' ? {} : { unsurePolicy: unsure }),
    });
    if (!parsed.success) {
      const message = parsed.error.issues.some((i) => i.path[0] === 'unsurePolicy')
        ? uiOf(c).t('unsure.invalid')
        : uiOf(c).t('settings.policyInvalid');
      return render(c, { error: { section: 'reading', message } }, 400);
    }
    await setSettings(db, pageUser(c).id, parsed.data);
    // The one-click switch above the feed goes back to the feed.
    if (form.text('back') === 'feed') return c.redirect('/', 303);
    return saved(c, 'reading');
  });

  /** The safe feed's forms: make (or remake) the URLs and show them this once, change the choice, turn it off. */
  app.post('/settings/feed-token', guard, async (c) => {
    const choice = hiddenItemsSchema.safeParse((await readForm(c)).text('hiddenItems'));
    const user = pageUser(c);
    if (!choice.success) return render(c, { feedToken: { hiddenItems: null, error: true } }, 400);
    const made = await makeFeedUrls(db, user.id, choice.data, c);
    return render(c, { feedToken: { hiddenItems: made.hiddenItems, made } });
  });

  app.post('/settings/feed-token/hidden-items', guard, async (c) => {
    const choice = hiddenItemsSchema.safeParse((await readForm(c)).text('hiddenItems'));
    const current = await readFeedTokenOf(db, pageUser(c).id);
    if (!choice.success)
      return render(c, { feedToken: { hiddenItems: current?.hiddenItems ?? null, error: true } }, 400);
    if (!(await setFeedTokenHiddenItems(db, pageUser(c).id, choice.data)))
      throw new AppError('not-found', 'you have no feed URLs to change: make them first');
    return saved(c, 'feed-token', '#feed-token-heading');
  });

  app.post('/settings/feed-token/delete', guard, async (c) => {
    await deleteFeedToken(db, pageUser(c).id);
    return saved(c, 'feed-token-off', '#feed-token-heading');
  });

  app.post('/settings/interface', guard, async (c) => {
    const form = await readForm(c);
    const parsed = preferencesSchema.safeParse({ locale: form.text('locale'), theme: form.text('theme') });
    if (!parsed.success) return render(c, { error: { section: 'interface', message: '' } }, 400);
    await setPreferences(db, pageUser(c).id, parsed.data);
    return saved(c, 'interface');
  });

  app.post('/settings/progress/import', guard, async (c) => {
    const file = (await readForm(c)).file('file');
    if (!file || (!file.size && !file.name))
      return render(c, { error: { section: 'progress', message: uiOf(c).t('progress.choose') } }, 400);
    if (file.size > maxCatalogBytes)
      return render(c, { error: { section: 'progress', message: tooLarge(c, file.name) } }, 400);
    try {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      const progressReport = await importProgress(deps, pageUser(c).id, text, file.name || 'upload');
      return render(c, { progressReport });
    } catch (error) {
      return render(c, { error: formError(c, 'progress', error) }, 400);
    }
  });

  app.get('/settings/progress/export', guard, async (c) => {
    c.header('Content-Disposition', 'attachment; filename="haebang-progress.json"');
    return c.body(await exportProgress(deps, pageUser(c).id), 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.post('/settings/password', guard, async (c) => {
    const form = await readForm(c);
    const change = { currentPassword: form.text('currentPassword', true), newPassword: form.text('newPassword', true) };
    try {
      await changePassword(db, pageUser(c).id, change, c.get('sessionId') ?? undefined);
    } catch (error) {
      return render(c, { error: formError(c, 'password', error) }, 400);
    }
    return saved(c, 'password');
  });

  app.post('/settings/feeds', guard, ownerOnly, async (c) => {
    const url = (await readForm(c)).text('url');
    try {
      await addFeed(deps.ingest, url);
    } catch (error) {
      return render(c, { error: formError(c, 'sources', error), values: { feedUrl: url } }, 400);
    }
    return saved(c, 'feed');
  });

  const feedOf = async (c: Context<AuthEnv>) => {
    const id = c.req.param('id') ?? '';
    const feed = /^\d{1,12}$/.test(id) ? await findFeed(db, id) : null;
    if (!feed) throw new AppError('not-found', `no feed #${id}`);
    return feed;
  };

  app.post('/settings/feeds/:id/fetch', guard, ownerOnly, async (c) => {
    const feed = await feedOf(c);
    const result = await refreshUnclaimed(deps.ingest, feed, { force: true });
    if (!result) return saved(c, 'fetch-busy', `&feed=${feed.id}#feed-${feed.id}`);
    const status = result.status === 'failed' ? 'fetch-failed' : 'fetched';
    return saved(c, status, `&feed=${feed.id}&added=${result.counts.added}#feed-${feed.id}`);
  });

  app.post('/settings/feeds/:id/interval', guard, ownerOnly, async (c) => {
    const feed = await feedOf(c);
    const minutes = Number((await readForm(c)).text('minutes'));
    if (!(intervalChoices.includes(minutes) || minutes === feed.interval_minutes))
      return render(c, { error: { section: 'sources', message: uiOf(c).t('sources.badInterval') } }, 400);
    await setFeedInterval(db, feed.id, minutes, deps.ingest.now());
    return saved(c, 'interval', `&feed=${feed.id}#feed-${feed.id}`);
  });

  app.post('/settings/sync-sources', guard, ownerOnly, async (c) => {
    const form = await readForm(c);
    const source = syncSourceNameSchema.safeParse(form.text('source'));
    const on = form.text('on');
    if (!source.success || (on !== 'true' && on !== 'false'))
      return render(c, { error: { section: 'sync-sources', message: uiOf(c).t('syncSources.bad') } }, 400);
    await setSyncSource(db, source.data, on === 'true');
    return saved(c, 'sync-source', `&source=${source.data}&on=${on === 'true' ? 1 : 0}#sync-source-${source.data}`);
  });

  app.post('/settings/opml', guard, ownerOnly, async (c) => {
    const file = (await readForm(c)).file('file');
    const t = uiOf(c).t;
    if (!file || (!file.size && !file.name))
      return render(c, { error: { section: 'sources', message: t('sources.chooseOpml') } }, 400);
    if (file.size > maxCatalogBytes)
      return render(c, { error: { section: 'sources', message: tooLarge(c, file.name) } }, 400);
    try {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      const opmlReport = await importOpml(deps.ingest, text, file.name || 'upload');
      return render(c, { opmlReport });
    } catch (error) {
      return render(c, { error: formError(c, 'sources', error) }, 400);
    }
  });

  app.get('/settings/opml', guard, ownerOnly, async (c) => {
    const rows = await listFeeds(db);
    const opml = writeOpml(rows.map((f) => ({ url: f.url, title: f.title, siteUrl: f.site_url })));
    c.header('Content-Disposition', 'attachment; filename="haebang-feeds.opml"');
    return c.body(opml, 200, { 'Content-Type': 'text/x-opml; charset=utf-8' });
  });

  app.post('/settings/demo/delete', guard, ownerOnly, async (c) => {
    await removeDemoItems(db);
    return saved(c, 'demo-removed');
  });

  app.post('/settings/feeds/:id/delete', guard, ownerOnly, async (c) => {
    const id = c.req.param('id');
    const feed = /^\d{1,12}$/.test(id) ? await findFeed(db, id) : null;
    if (!feed) throw new AppError('not-found', `no feed #${id}`);
    await deleteFeed(db, feed.id);
    return saved(c, 'feed-removed');
  });

  app.post('/settings/catalog', guard, ownerOnly, async (c) => {
    const file = (await readForm(c)).file('file');
    const fail = (message: string, details?: string[]) =>
      render(c, { error: { section: 'catalog', message, details } }, 400);
    const { t } = uiOf(c);
    if (!file || (!file.size && !file.name)) return fail(t('catalog.choose'));
    if (file.size > maxCatalogBytes) return fail(t('catalog.tooLarge', { name: file.name }));
    let report: UpsertReport;
    try {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      report = await importCatalog(db, { text, origin: file.name || 'upload' });
    } catch (error) {
      const problem = formError(c, 'catalog', error)!;
      return fail(problem.message, problem.details);
    }
    await deps.catalogChanged();
    return saved(c, 'catalog', `&report=${encodeReport(report)}`);
  });

  app.post('/settings/users', guard, ownerOnly, async (c) => {
    const form = await readForm(c);
    const name = form.text('name');
    try {
      await addUser(db, pageUser(c), { name, password: form.text('password', true) });
    } catch (error) {
      return render(c, { error: formError(c, 'users', error), values: { userName: name } }, 400);
    }
    return saved(c, 'user');
  });

  return app;
}
