import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SessionUser } from '../users/session-from-token.js';
import { renderLayout } from './render-layout.js';

const titles: Partial<Record<number, string>> = {
  400: 'Something is wrong with that request',
  401: 'Log in first',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Already done',
  429: 'Too many attempts',
};

/** True for a browser asking for a page (not the JSON API): the error should be a page too. */
export function wantsHtmlPage(c: Context): boolean {
  if (new URL(c.req.url).pathname.startsWith('/api/')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}

/** An error as a page in the site's layout: a heading, the message, and a way back. */
export function renderErrorPage(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
): Response | Promise<Response> {
  const vars = c.var as { user?: SessionUser | null; csrfToken?: string | null };
  const title = titles[status] ?? 'Something went wrong';
  const body = html`<h1>${title}</h1>
<p class="error" role="alert">${message}</p>
<p><a href="/">Back to the feed</a></p>`;
  return c.html(renderLayout({ title, user: vars.user ?? null, csrfToken: vars.csrfToken ?? null, body }), status);
}
