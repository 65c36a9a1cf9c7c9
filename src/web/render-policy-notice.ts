import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { UnfollowedPolicy } from '../store/users-repository.js';
import type { Html } from './render-layout.js';

/**
 * Above the feed: what happens to news of shows the reader doesn't follow, with one button to switch, and, while they
 * follow nothing, the way to the first run.
 */
export function renderPolicyNotice(
  ui: Ui,
  policy: UnfollowedPolicy,
  followsAny: boolean,
  csrfToken: string | null,
): Html {
  const { t } = ui;
  const other: UnfollowedPolicy = policy === 'show' ? 'hide' : 'show';
  return html`<div class="policy-notice"><p>${policy === 'show' ? t('policy.showing') : t('policy.hiding')}</p>
<form class="inline" method="post" action="/settings/reading"><input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
<input type="hidden" name="unfollowedPolicy" value="${other}"><input type="hidden" name="back" value="feed">
<button type="submit" class="secondary">${other === 'hide' ? t('policy.toHide') : t('policy.toShow')}</button></form>
${followsAny ? null : html`<a class="button" href="/welcome">${t('policy.pick')}</a>`}</div>`;
}
