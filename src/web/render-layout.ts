import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type Ui, uiFor } from '../i18n/ui.js';
import type { SessionUser } from '../users/session-from-token.js';
import { renderKeyboard } from './render-key-help.js';

/** What every render function returns: escaped HTML (a promise when a part of it is one). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Link-preview tags: only for an item shown to this reader, never for a hidden one. */
export interface PagePreview {
  title: string;
  description: string;
  image: string | null;
}

export interface LayoutOptions {
  /** The page's own name; the document title is "<title> · haebang". */
  title: string;
  user: SessionUser | null;
  csrfToken: string | null;
  body: Html;
  preview?: PagePreview;
  /** The nav link to mark as the current page: '/', '/shows', '/saved' or '/settings'. */
  current?: string;
  /** The search box's value (on the search page). */
  query?: string;
  /** The language and colour scheme (English, following the system, when absent). */
  ui?: Ui;
}

const navLinks = [
  { href: '/', key: 'nav.feed' },
  { href: '/shows', key: 'nav.shows' },
  { href: '/saved', key: 'nav.saved' },
  { href: '/analyze', key: 'nav.analyze' },
  { href: '/settings', key: 'nav.settings' },
] as const;

/** Only http(s) URLs go into href/src attributes (escaping alone does not stop `javascript:`). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderPreview(preview: PagePreview | undefined): Html | null {
  if (!preview) return null;
  const image = safeUrl(preview.image);
  return html`<meta property="og:type" content="article">
<meta property="og:site_name" content="haebang">
<meta property="og:title" content="${preview.title}">
<meta property="og:description" content="${preview.description}">
${image ? html`<meta property="og:image" content="${image}">` : null}`;
}

function renderHeader(opts: LayoutOptions, ui: Ui): Html {
  const { t } = ui;
  if (!opts.user)
    return html`<header class="site-header"><div class="bar"><a class="brand" href="/">haebang</a></div></header>`;
  const links = navLinks.map(
    (l) =>
      html`<li><a href="${l.href}"${opts.current === l.href ? html` aria-current="page"` : null}>${t(l.key)}</a></li>`,
  );
  return html`<header class="site-header"><div class="bar">
<a class="brand" href="/">haebang</a>
<nav class="site-nav" aria-label="${t('nav.label')}"><ul>${links}</ul></nav>
<form class="search" role="search" method="get" action="/search">
<label for="site-search">${t('nav.search')}</label>
<input id="site-search" type="search" name="q" value="${opts.query ?? ''}" maxlength="200" autocomplete="off">
<button type="submit" class="secondary">${t('nav.searchGo')}</button>
</form>
<form class="inline" method="post" action="/logout">
<input type="hidden" name="_csrf" value="${opts.csrfToken ?? ''}">
<button type="submit" class="secondary">${t('nav.logout')}</button>
</form>
</div></header>`;
}

/**
 * The page shell shared by every page of the reader: skip link, header (nav, search, log out) and main#content, in
 * the reader's language, with their colour scheme (`data-theme` when they chose one; else prefers-color-scheme).
 */
export function renderLayout(opts: LayoutOptions): Html {
  const ui = opts.ui ?? uiFor('en');
  const theme = ui.theme === 'auto' ? null : ui.theme;
  return html`<!doctype html>
<html lang="${ui.locale}"${theme ? html` data-theme="${theme}"` : null}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${theme ?? 'light dark'}">
<title>${ui.t('layout.title', { title: opts.title })}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
${renderPreview(opts.preview)}
</head>
<body>
<a href="#content" class="skip">${ui.t('layout.skip')}</a>
${renderHeader(opts, ui)}
<main id="content" tabindex="-1">
${opts.body}
</main>
${opts.user ? renderKeyboard(ui.t) : null}
</body>
</html>`;
}
