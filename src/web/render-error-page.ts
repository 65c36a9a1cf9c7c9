import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../errors/app-error.js';
import { localiseError } from '../i18n/localise-error.js';
import type { SessionUser } from '../users/session-from-token.js';
import { renderLayout } from './render-layout.js';
import { uiOf } from './ui-middleware.js';

const titles = {
  400: 'error.400',
  401: 'error.401',
  403: 'error.403',
  404: 'error.404',
  409: 'error.409',
  429: 'error.429',
} as const;

/** True for a browser asking for a page (not the JSON API): the error should be a page too. */
export function wantsHtmlPage(c: Context): boolean {
  if (new URL(c.req.url).pathname.startsWith('/api/')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}

/** An error as a page in the site's layout: a heading, the message (in the reader's language), and a way back. */
export function renderErrorPage(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  englishMessage: string,
): Response | Promise<Response> {
  const vars = c.var as { user?: SessionUser | null; csrfToken?: string | null };
  const ui = uiOf(c);
  const { message, original } = localiseError(ui, code, englishMessage);
  const title = ui.t(titles[status as keyof typeof titles] ?? 'error.other');
  const body = html`<h1>${title}</h1>
<p class="error" role="alert">${message}</p>
${original ? html`<p class="muted">${ui.t('code.original')} <span lang="en">${original}</span></p>` : null}
<p><a href="/">${ui.t('error.back')}</a></p>`;
  return c.html(renderLayout({ title, user: vars.user ?? null, csrfToken: vars.csrfToken ?? null, body, ui }), status);
}
