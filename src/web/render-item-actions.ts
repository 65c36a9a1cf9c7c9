import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { FeedEntry } from '../reader/reader-schemas.js';
import type { Html } from './render-layout.js';

export interface ActionContext {
  csrfToken: string | null;
  /** Where the form sends the reader back to (a local path). */
  back?: string;
  t: Translate;
}

function actionForm(id: string, action: string, label: string, cls: string, ctx: ActionContext, pressed?: boolean) {
  return html`<form class="item-action ${cls}" method="post" action="/items/${encodeURIComponent(id)}/${action}">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${ctx.back ? html`<input type="hidden" name="back" value="${ctx.back}">` : null}
<button type="submit" class="secondary"${pressed === undefined ? null : html` aria-pressed="${String(pressed)}"`}>${label}</button>
</form>`;
}

/**
 * The reader's marks on an entry, as forms that work without JavaScript (app.js sends the same through the API):
 * read or unread and saved or not for a shown item; only "save for later" for a hidden card, whose read mark is kept
 * but not shown (the reader cannot have read what they cannot see).
 */
export function renderItemActions(entry: FeedEntry, ctx: ActionContext): Html {
  const { t } = ctx;
  const star = entry.starred
    ? actionForm(entry.id, 'unstar', t('actions.saved'), 'star', ctx, true)
    : actionForm(entry.id, 'star', t('actions.save'), 'star', ctx, false);
  if (entry.hidden) return html`<div class="item-actions">${star}</div>`;
  const read = entry.read
    ? actionForm(entry.id, 'unread', t('actions.markUnread'), 'mark', ctx)
    : actionForm(entry.id, 'read', t('actions.markRead'), 'mark', ctx);
  return html`<div class="item-actions">${read}${star}</div>`;
}

/** "Mark all read" (of the show filtered by, or everything), back to the page it was on. */
export function renderMarkAllForm(show: string | undefined, ctx: ActionContext, label?: string): Html {
  return html`<form class="mark-all inline" method="post" action="/read">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${show ? html`<input type="hidden" name="show" value="${show}">` : null}
${ctx.back ? html`<input type="hidden" name="back" value="${ctx.back}">` : null}
<button type="submit" class="secondary">${label ?? ctx.t('actions.allRead')}</button>
</form>`;
}

/** "12 unread" (or "999+ unread" at the top of the counting window). */
export function unreadLabel(n: number, window: number, t: Translate): string {
  return t('actions.unread', { n: n >= window ? `${window - 1}+` : String(n) });
}
