import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { HiddenItemsChoice } from '../store/feed-tokens-repository.js';
import type { Html } from './render-layout.js';

export interface FeedTokenView {
  /** The reader's feed token: none, or what it does with hidden items. */
  hiddenItems: HiddenItemsChoice | null;
  /** The URLs just made (shown this once: only the token's hash is stored). */
  made?: { atomUrl: string; jsonUrl: string } | null;
  /** The choice form failed. */
  error?: boolean;
}

/**
 * Settings → Your safe feed: make the secret Atom and JSON Feed URLs (shown once, when made), choose whether hidden
 * items are listed bare or left out, make new URLs (the old ones stop working) or turn the feed off. The same as
 * PUT/DELETE /api/feed-token, as forms with the CSRF token.
 */
export function renderFeedTokenSection(ui: Ui, view: FeedTokenView, csrfToken: string | null): Html {
  const { t } = ui;
  const csrf = html`<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">`;
  const choice = view.hiddenItems ?? 'list';
  const radio = (value: HiddenItemsChoice, label: string) =>
    html`<p class="field-inline"><input type="radio" id="feed-hidden-${value}" name="hiddenItems" value="${value}"${
      choice === value ? html` checked` : null
    }> <label for="feed-hidden-${value}">${label}</label></p>`;
  const choices = html`<fieldset><legend>${t('feedToken.hiddenLegend')}</legend>
${radio('list', t('feedToken.list'))}
${radio('omit', t('feedToken.omit'))}
</fieldset>`;
  const error = view.error
    ? html`<div class="error" role="alert" id="feed-token-error"><p>${t('feedToken.invalid')}</p></div>`
    : null;
  const url = (id: string, label: string, value: string) =>
    html`<p class="field"><label for="${id}">${label}</label>
<input id="${id}" type="url" value="${value}" readonly spellcheck="false" autocomplete="off"></p>`;
  const made = view.made
    ? html`<div class="notice feed-urls" role="status"><p>${t('feedToken.made')}</p>
${url('feed-atom-url', t('feedToken.atom'), view.made.atomUrl)}
${url('feed-json-url', t('feedToken.json'), view.made.jsonUrl)}</div>`
    : null;
  const body =
    view.hiddenItems === null
      ? html`<p>${t('feedToken.none')}</p>
<form class="form" method="post" action="/settings/feed-token">${csrf}${error}${choices}
<button type="submit">${t('feedToken.create')}</button></form>`
      : html`<p>${t('feedToken.active', { omit: view.hiddenItems === 'omit' })}</p>
${made ?? html`<p class="muted">${t('feedToken.shownOnce')}</p>`}
<form class="form" method="post" action="/settings/feed-token/hidden-items">${csrf}${error}${choices}
<button type="submit">${t('feedToken.saveChoice')}</button></form>
<form class="form" method="post" action="/settings/feed-token" aria-describedby="feed-rotate-help">${csrf}
<input type="hidden" name="hiddenItems" value="${view.hiddenItems}">
<p class="muted" id="feed-rotate-help">${t('feedToken.rotateHelp')}</p>
<button type="submit" class="secondary">${t('feedToken.rotate')}</button></form>
<form class="inline" method="post" action="/settings/feed-token/delete">${csrf}
<button type="submit" class="secondary">${t('feedToken.revoke')}</button></form>`;
  return html`<section aria-labelledby="feed-token-heading"><h2 id="feed-token-heading">${t('feedToken.heading')}</h2>
<p class="muted">${t('feedToken.intro')}</p>
${body}</section>`;
}
