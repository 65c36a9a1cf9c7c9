import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { Html } from './render-layout.js';

export interface AccountFormOptions {
  kind: 'setup' | 'login';
  /** The message of the last attempt's error, shown above the fields. */
  error?: string | null;
  /** The name typed last time, so a wrong password does not cost retyping it. */
  name?: string;
  /** Where to go after logging in (a local path). */
  next?: string | null;
  /** The session's CSRF token, when a session exists already. */
  csrfToken?: string | null;
}

const texts = {
  setup: {
    heading: 'account.setupHeading',
    intro: 'account.setupIntro',
    action: '/setup',
    button: 'account.create',
    password: 'new-password',
  },
  login: {
    heading: 'account.login',
    intro: null,
    action: '/login',
    button: 'account.login',
    password: 'current-password',
  },
} as const;

/** The first-run setup form ("Create account") and the login form ("Log in"): Name and Password. */
export function renderAccountForm(opts: AccountFormOptions, tr: Translate): Html {
  const t = texts[opts.kind];
  const error = opts.error ? html`<p class="error" role="alert" id="form-error">${opts.error}</p>` : null;
  const described = opts.error ? html` aria-describedby="form-error" aria-invalid="true"` : null;
  return html`<h1>${tr(t.heading)}</h1>
${t.intro ? html`<p>${tr(t.intro)}</p>` : null}
<form class="form" method="post" action="${t.action}">
${error}
${opts.csrfToken ? html`<input type="hidden" name="_csrf" value="${opts.csrfToken}">` : null}
${opts.next ? html`<input type="hidden" name="next" value="${opts.next}">` : null}
<p><label for="name">${tr('account.name')}</label>
<input id="name" name="name" type="text" required maxlength="40" autocomplete="username" autocapitalize="none"
 spellcheck="false" value="${opts.name ?? ''}"${described}${opts.name ? null : html` autofocus`}></p>
<p><label for="password">${tr('account.password')}</label>
<input id="password" name="password" type="password" required ${opts.kind === 'setup' ? html`minlength="8" ` : null}maxlength="200"
 autocomplete="${t.password}"${described}${opts.name ? html` autofocus` : null}></p>
${opts.kind === 'setup' ? html`<p class="muted">${tr('account.rules')}</p>` : null}
<button type="submit">${tr(t.button)}</button>
</form>`;
}
