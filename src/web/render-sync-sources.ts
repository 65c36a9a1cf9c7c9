import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import { type SyncSources, syncSourceHosts, syncSourceNames } from '../sync/sync-sources-setting.js';
import type { Html } from './render-layout.js';

/**
 * Settings → Catalog sources (the owner's): whether the server's daily sync may contact Wikidata and TMDB. Both are
 * off until the owner turns one on; each has its own form with the CSRF token.
 */
export function renderSyncSources(
  ui: Ui,
  csrfToken: string | null,
  sources: SyncSources,
  tmdbKey: boolean,
  error: Html | null = null,
): Html {
  const { t } = ui;
  const csrf = html`<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">`;
  const row = (name: (typeof syncSourceNames)[number]) => {
    const on = sources[name];
    const label = t(name === 'tmdb' ? 'syncSources.tmdb' : 'syncSources.wikidata');
    return html`<li id="sync-source-${name}"><p><strong>${label}</strong> <code>${syncSourceHosts[name]}</code>: ${t(on ? 'syncSources.on' : 'syncSources.off')}${
      name === 'tmdb' && !tmdbKey ? html`<br><span class="muted">${t('syncSources.tmdbKey')}</span>` : null
    }</p>
<form class="inline" method="post" action="/settings/sync-sources">${csrf}<input type="hidden" name="source" value="${name}"><input type="hidden" name="on" value="${on ? 'false' : 'true'}">
<button type="submit"${on ? html` class="secondary"` : null}>${t(on ? 'syncSources.turnOff' : 'syncSources.turnOn', { name: label })}</button></form></li>`;
  };
  return html`<section aria-labelledby="sync-sources-heading"><h2 id="sync-sources-heading">${t('syncSources.heading')}</h2>
<p class="muted">${t('syncSources.help')}</p>${error}
<ul class="sync-sources">${syncSourceNames.map(row)}</ul></section>`;
}
