import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import { compareTitles } from '../reader/read-show.js';
import type { FeedPage, FeedQuery, ShowSummary, UnreadCounts } from '../reader/reader-schemas.js';
import { itemKindSchema } from '../reader/reader-schemas.js';
import { kindKeys, renderEntries } from './render-entry.js';
import { renderMarkAllForm, unreadLabel } from './render-item-actions.js';
import type { Html } from './render-layout.js';

export interface FeedPageOptions {
  page: FeedPage;
  query: FeedQuery;
  shows: ShowSummary[];
  /** The person filtered by (?person=), with their name, or null. */
  person: { id: string; name: string } | null;
  csrfToken: string | null;
  /** This page's own path and query, for the reveal buttons to come back to. */
  here: string;
  /** Shown under the heading: what happens to shows the reader doesn't follow (render-policy-notice.ts). */
  notice?: Html;
  /** Unread counts (of the show filtered by, or all): only of items the gate shows. */
  unread?: UnreadCounts;
  t: Translate;
}

/** The query string of the feed with these filters (and cursor), for links. */
export function feedHref(query: FeedQuery): string {
  const params = new URLSearchParams();
  for (const key of ['show', 'person', 'kind', 'media', 'cursor'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

const option = (value: string, label: string, selected: boolean) =>
  html`<option value="${value}"${selected ? html` selected` : null}>${label}</option>`;

function renderFilters(opts: FeedPageOptions): Html {
  const { query, t } = opts;
  const sorted = [...opts.shows].sort((a, b) => compareTitles(a.title, b.title));
  const following = sorted.filter((s) => s.watchedThrough !== null);
  const byShow = opts.unread && !query.show ? opts.unread.byShow : {};
  const showOptions = (shows: ShowSummary[]) =>
    shows.map((s) => option(s.id, byShow[s.id] ? `${s.title} (${byShow[s.id]})` : s.title, s.id === query.show));
  const showGroups = following.length
    ? html`<optgroup label="${t('feed.following')}">${showOptions(following)}</optgroup><optgroup label="${t('feed.otherShows')}">${showOptions(
        sorted.filter((s) => s.watchedThrough === null),
      )}</optgroup>`
    : showOptions(sorted);
  const person = opts.person
    ? html`<div><label for="filter-person">${t('feed.person')}</label>
<select id="filter-person" name="person">${option('', t('feed.anyone'), false)}${option(opts.person.id, opts.person.name, true)}</select></div>`
    : null;
  return html`<form class="filters" method="get" action="/" aria-label="${t('feed.filterLabel')}">
<div><label for="filter-show">${t('feed.show')}</label>
<select id="filter-show" name="show">${option('', t('feed.allShows'), !query.show)}${showGroups}</select></div>
<div><label for="filter-kind">${t('feed.kind')}</label>
<select id="filter-kind" name="kind">${option('', t('feed.allKinds'), !query.kind)}${itemKindSchema.options.map((k) =>
    option(k, t(kindKeys[k]), k === query.kind),
  )}</select></div>
${person}
${query.media ? html`<input type="hidden" name="media" value="${query.media}">` : null}
<button type="submit">${t('feed.filter')}</button>
</form>`;
}

/** The feed: filters, the entries newest first (shown items and hidden cards), and a link to older items. */
export function renderFeedPage(opts: FeedPageOptions): Html {
  const { page, query, t } = opts;
  const filtered = Boolean(query.show || query.person || query.kind || query.media);
  const empty = filtered ? t('feed.noMatch') : t('feed.noItems');
  const newest = query.cursor
    ? html`<a href="${feedHref({ ...query, cursor: undefined })}">${t('feed.newest')}</a> `
    : null;
  const older = page.nextCursor
    ? html`<a href="${feedHref({ ...query, cursor: page.nextCursor })}" rel="next">${t('feed.older')}</a>`
    : null;
  const pager =
    newest || older ? html`<nav class="pager" aria-label="${t('feed.more')}">${newest}${older}</nav>` : null;
  const ctx = { csrfToken: opts.csrfToken, back: opts.here, t };
  const unread = opts.unread;
  const status = unread
    ? html`<p class="unread-status"><span class="unread-count">${unreadLabel(unread.unread, unread.window, t)}</span>
${unread.unread ? renderMarkAllForm(query.show, ctx, query.show ? t('actions.showRead') : t('actions.allRead')) : null}</p>`
    : null;
  return html`<h1>${t('nav.feed')}</h1>
${opts.notice ?? null}
${status}
${renderFilters(opts)}
${renderEntries(page.entries, ctx, empty)}
${pager}`;
}
