import { html } from 'hono/html';
import type { UnsurePolicy } from '../gate/gate-items.js';
import { type Ui, uiFor } from '../i18n/ui.js';
import type { OpmlImportReport } from '../ingest/import-opml.js';
import type { ProgressImportReport } from '../progress/import-progress.js';
import type { UpsertReport } from '../store/catalog-repository.js';
import type { FeedRow } from '../store/feeds-repository.js';
import type { Preferences } from '../store/preferences-repository.js';
import type { UnfollowedPolicy, UserRecord } from '../store/users-repository.js';
import type { SyncSources } from '../sync/sync-sources-setting.js';
import type { SessionUser } from '../users/session-from-token.js';
import { type FeedTokenView, renderFeedTokenSection } from './render-feed-token-section.js';
import type { Html } from './render-layout.js';
import { renderPreferencesForm } from './render-preferences-form.js';
import { renderProgressTransfer } from './render-progress-transfer.js';
import { showPath } from './render-show-page.js';
import { renderSourcesSection } from './render-sources-section.js';
import { renderSyncSources } from './render-sync-sources.js';

export type SettingsSection =
  | 'reading'
  | 'interface'
  | 'progress'
  | 'password'
  | 'sources'
  | 'sync-sources'
  | 'catalog'
  | 'users';

export interface SettingsView {
  user: SessionUser;
  csrfToken: string | null;
  unfollowedPolicy: UnfollowedPolicy;
  /** Items that only unsure horizons would hide: hidden (default) or shown with a warning. */
  unsurePolicy?: UnsurePolicy;
  /** The shows the reader follows, with their progress. */
  progress: Array<{ id: string; title: string; episodeCount: number; watchedThrough: number }>;
  /** The owner's sections (absent for a member). */
  owner?: {
    feeds: Array<FeedRow & { items: number }>;
    users: UserRecord[];
    demoItems: number;
    /** The catalog sources the daily sync may contact, and whether a TMDB key is configured. */
    syncSources: SyncSources;
    tmdbKey: boolean;
  };
  flash?: string | null;
  /** The import report of the last catalog import (from the redirect's query string). */
  importReport?: UpsertReport | null;
  /** A form that failed: its section, the message and every problem, and the values to put back in the form. */
  error?: { section: SettingsSection; message: string; details?: string[] } | null;
  values?: { feedUrl?: string; userName?: string };
  /** The interface section: its language, the reader's preferences and whether its form failed. */
  ui?: Ui;
  preferences?: Preferences;
  /** The report of the OPML file just imported. */
  opmlReport?: OpmlImportReport | null;
  /** The report of the progress file just imported. */
  progressReport?: ProgressImportReport | null;
  /** The reader's safe feed (render-feed-token-section.ts). */
  feedToken?: FeedTokenView;
}

const uiOf = (view: SettingsView) => view.ui ?? uiFor('en');

const csrf = (view: SettingsView) => html`<input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">`;

/** The error of one section's form, with every problem listed (a catalog file can have many). */
function errorOf(view: SettingsView, section: SettingsSection): Html | null {
  const error = view.error;
  if (!error || error.section !== section) return null;
  const details = error.details ?? [];
  return html`<div class="error" role="alert" id="${section}-error"><p>${error.message}</p>${
    details.length ? html`<ul class="problems">${details.map((d) => html`<li><code>${d}</code></li>`)}</ul>` : null
  }</div>`;
}

function renderReading(view: SettingsView): Html {
  const { t } = uiOf(view);
  const radio = (value: UnfollowedPolicy, label: string) =>
    html`<p class="field-inline"><input type="radio" id="policy-${value}" name="unfollowedPolicy" value="${value}"${
      view.unfollowedPolicy === value ? html` checked` : null
    }> <label for="policy-${value}">${label}</label></p>`;
  return html`<section aria-labelledby="reading-heading"><h2 id="reading-heading">${t('settings.reading')}</h2>
<form class="form" method="post" action="/settings/reading">${csrf(view)}${errorOf(view, 'reading')}
<fieldset><legend>${t('settings.unfollowed')}</legend>
${radio('hide', t('settings.policyHide'))}
${radio('show', t('settings.policyShow'))}
</fieldset>
${renderUnsurePolicy(view)}
<button type="submit">${t('settings.save')}</button>
</form></section>`;
}

/** The reading policy for unsure horizons (src/spoilers/README.md, "Confidence"). */
function renderUnsurePolicy(view: SettingsView): Html {
  const { t } = uiOf(view);
  const current = view.unsurePolicy ?? 'hide';
  const radio = (value: UnsurePolicy, label: string) =>
    html`<p class="field-inline"><input type="radio" id="unsure-${value}" name="unsurePolicy" value="${value}"${
      current === value ? html` checked` : null
    }> <label for="unsure-${value}">${label}</label></p>`;
  return html`<fieldset aria-describedby="unsure-help"><legend>${t('unsure.legend')}</legend>
<p class="muted" id="unsure-help">${t('unsure.help')}</p>
${radio('hide', t('unsure.hide'))}
${radio('warn', t('unsure.warn'))}
</fieldset>`;
}

function renderProgressList(view: SettingsView): Html {
  const { t } = uiOf(view);
  const rows = view.progress.map(
    (p) =>
      html`<li><a href="${showPath(p.id)}">${p.title}</a>: ${
        p.watchedThrough === 0
          ? t('settings.progressNone', { total: p.episodeCount })
          : t('settings.progressThrough', { episode: p.watchedThrough, total: p.episodeCount })
      }</li>`,
  );
  return html`<section aria-labelledby="progress-heading"><h2 id="progress-heading">${t('settings.progress')}</h2>${
    rows.length
      ? html`<ul class="progress-list">${rows}</ul>`
      : html`<p class="muted">${t('settings.noProgress')} <a href="/welcome">${t('welcome.link')}</a> · <a href="/shows">${t('nav.shows')}</a></p>`
  }${renderProgressTransfer(uiOf(view), view.csrfToken, view.progressReport ?? null, errorOf(view, 'progress'))}</section>`;
}

function renderPassword(view: SettingsView): Html {
  const { t } = uiOf(view);
  return html`<section aria-labelledby="password-heading"><h2 id="password-heading">${t('settings.password')}</h2>
<form class="form" method="post" action="/settings/password">${csrf(view)}${errorOf(view, 'password')}
<p class="field"><label for="current-password">${t('settings.currentPassword')}</label>
<input id="current-password" type="password" name="currentPassword" autocomplete="current-password" required></p>
<p class="field"><label for="new-password">${t('settings.newPassword')}</label>
<input id="new-password" type="password" name="newPassword" autocomplete="new-password" minlength="8" maxlength="200" required aria-describedby="new-password-help"></p>
<p class="muted" id="new-password-help">${t('settings.passwordHelp')}</p>
<button type="submit">${t('settings.changePassword')}</button>
</form></section>`;
}

/** The demo items `npm start` loads on a first run: there until the owner removes them. */
function renderDemo(view: SettingsView, count: number): Html | null {
  if (!count) return null;
  const { t } = uiOf(view);
  return html`<div class="demo"><p>${t('settings.demo', { n: count })}</p>
<form class="inline" method="post" action="/settings/demo/delete">${csrf(view)}
<button type="submit" class="secondary">${t('settings.removeDemo')}</button></form></div>`;
}

function renderSourcesOf(view: SettingsView, owner: NonNullable<SettingsView['owner']>): Html {
  return renderSourcesSection({
    ui: uiOf(view),
    csrfToken: view.csrfToken,
    feeds: owner.feeds,
    error: errorOf(view, 'sources'),
    feedUrl: view.values?.feedUrl ?? '',
    opmlReport: view.opmlReport ?? null,
    demo: renderDemo(view, owner.demoItems),
  });
}

function renderCatalog(view: SettingsView): Html {
  const { t } = uiOf(view);
  const report = view.importReport;
  return html`<section aria-labelledby="catalog-heading"><h2 id="catalog-heading">${t('catalog.heading')}</h2>
${
  report
    ? html`<table class="import-report"><caption>${t('catalog.imported')}</caption>
<thead><tr><th scope="col">${t('catalog.entries')}</th><th scope="col">${t('catalog.added')}</th><th scope="col">${t('catalog.updated')}</th><th scope="col">${t('catalog.unchanged')}</th></tr></thead>
<tbody>${(['networks', 'people', 'shows'] as const).map(
        (k) =>
          html`<tr><th scope="row">${t(`catalog.${k}`)}</th><td>${report[k].added}</td><td>${report[k].updated}</td><td>${report[k].unchanged}</td></tr>`,
      )}</tbody></table>`
    : null
}
<form class="form" method="post" action="/settings/catalog" enctype="multipart/form-data">${csrf(view)}${errorOf(view, 'catalog')}
<p class="field"><label for="catalog-file">${t('catalog.file')}</label>
<input id="catalog-file" type="file" name="file" accept=".json,application/json" required aria-describedby="catalog-help"></p>
<p class="muted" id="catalog-help">${t('catalog.help')} <code>haebang catalog export</code></p>
<button type="submit">${t('catalog.import')}</button>
</form></section>`;
}

function renderUsers(view: SettingsView, users: UserRecord[]): Html {
  const { t } = uiOf(view);
  return html`<section aria-labelledby="users-heading"><h2 id="users-heading">${t('users.heading')}</h2>
<ul class="users">${users.map((u) => html`<li>${u.name} <span class="muted">(${t(u.role === 'owner' ? 'users.owner' : 'users.member')})</span></li>`)}</ul>
<form class="form" method="post" action="/settings/users">${csrf(view)}${errorOf(view, 'users')}
<p class="field"><label for="member-name">${t('users.name')}</label>
<input id="member-name" type="text" name="name" required maxlength="40" autocomplete="off" value="${view.values?.userName ?? ''}"></p>
<p class="field"><label for="member-password">${t('users.password')}</label>
<input id="member-password" type="password" name="password" required minlength="8" maxlength="200" autocomplete="new-password"></p>
<button type="submit">${t('users.add')}</button>
</form></section>`;
}

/** The settings page: Reading, Progress and Password for everyone; Sources, Catalog and Users for the owner. */
export function renderSettingsPage(view: SettingsView): Html {
  return html`<h1>${uiOf(view).t('nav.settings')}</h1>
${view.flash ? html`<p class="notice" role="status">${view.flash}</p>` : null}
${renderReading(view)}
${view.ui && view.preferences ? renderPreferencesForm(view.ui, view.preferences, view.csrfToken, view.error?.section === 'interface') : null}
${renderProgressList(view)}
${view.feedToken ? renderFeedTokenSection(view.ui ?? uiFor('en'), view.feedToken, view.csrfToken) : null}
${renderPassword(view)}
${
  view.owner
    ? [
        renderSourcesOf(view, view.owner),
        renderSyncSources(
          uiOf(view),
          view.csrfToken,
          view.owner.syncSources,
          view.owner.tmdbKey,
          errorOf(view, 'sync-sources'),
        ),
        renderCatalog(view),
        renderUsers(view, view.owner.users),
      ]
    : null
}`;
}
