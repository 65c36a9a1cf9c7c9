import { html } from 'hono/html';
import type { MessageKey, Translate } from '../i18n/translate.js';
import type { Html } from './render-layout.js';

/** One shortcut: the keys pressed together (`or`: either; `then`: one after the other), and what it does. */
type Shortcut = { keys: Array<string | MessageKey>; join: 'or' | 'then' | null; does: MessageKey };

/** The shortcuts of /assets/keys.js (src/web/assets/key-actions.js decides them), in the help overlay's order. */
export const shortcuts: Shortcut[] = [
  { keys: ['j'], join: null, does: 'keys.next' },
  { keys: ['k'], join: null, does: 'keys.prev' },
  { keys: ['o', 'keys.enterKey'], join: 'or', does: 'keys.open' },
  { keys: ['m'], join: null, does: 'keys.read' },
  { keys: ['s'], join: null, does: 'keys.star' },
  { keys: ['r'], join: null, does: 'keys.reveal' },
  { keys: ['/'], join: null, does: 'keys.search' },
  { keys: ['g', 'f'], join: 'then', does: 'keys.goFeed' },
  { keys: ['g', 's'], join: 'then', does: 'keys.goShows' },
  { keys: ['?'], join: null, does: 'keys.help' },
  { keys: ['keys.escKey'], join: null, does: 'keys.close' },
];

function renderKeys(s: Shortcut, t: Translate): Html {
  const kbd = s.keys.map((k) => html`<kbd>${k.startsWith('keys.') ? t(k as MessageKey) : k}</kbd>`);
  return s.join ? html`${kbd[0]} ${t(`keys.${s.join}`)} ${kbd[1]}` : kbd[0];
}

/**
 * What the keyboard script opens: the help overlay (?) and the confirm before a reveal (r), as closed dialogs in the
 * reader's language, and the script itself. Without JavaScript they stay closed and every action is a button.
 */
export function renderKeyboard(t: Translate): Html {
  return html`<dialog id="key-help" class="kbd-help" aria-labelledby="key-help-heading">
<h2 id="key-help-heading">${t('keys.heading')}</h2>
<p class="muted">${t('keys.intro')}</p>
<table class="key-list"><thead><tr><th scope="col">${t('keys.keys')}</th><th scope="col"><span class="visually-hidden">${t('keys.does')}</span></th></tr></thead>
<tbody>${shortcuts.map((s) => html`<tr><td>${renderKeys(s, t)}</td><td>${t(s.does)}</td></tr>`)}</tbody></table>
<form method="dialog"><button type="submit">${t('keys.closeButton')}</button></form>
</dialog>
<dialog id="reveal-confirm" class="reveal-confirm" aria-labelledby="reveal-confirm-heading">
<h2 id="reveal-confirm-heading">${t('reveal.confirmHeading')}</h2>
<p>${t('reveal.confirmText')}</p>
<ul class="confirm-reasons"></ul>
<form method="dialog"><button type="submit" value="reveal" autofocus>${t('reveal.confirmYes')}</button>
<button type="submit" value="cancel" class="secondary">${t('reveal.confirmNo')}</button></form>
</dialog>
<script type="module" src="/assets/keys.js"></script>`;
}
