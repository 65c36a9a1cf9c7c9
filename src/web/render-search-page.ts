import { html } from 'hono/html';
import type { EntityRef, SearchResult } from '../reader/reader-schemas.js';
import { renderEntries } from './render-entry.js';
import type { Html } from './render-layout.js';

export interface SearchPageOptions {
  query: string;
  /** Null before anything was searched for. */
  result: SearchResult | null;
  /** Why the query was refused (empty, too long), or null. */
  error: string | null;
  /** Show titles by id, for the characters' shows. */
  showTitle(id: string): string;
  csrfToken: string | null;
}

const name = (ref: EntityRef) =>
  html`${ref.name}${ref.hangul && ref.hangul !== ref.name ? html` <span lang="ko">(${ref.hangul})</span>` : null}`;

function section(id: string, heading: string, count: number, items: Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${
    count ? items : html`<p class="muted">No ${heading.toLowerCase()} found.</p>`
  }</section>`;
}

/** Search results in four sections: Shows, People, Characters and Items (items shown to this reader only). */
export function renderSearchPage(opts: SearchPageOptions): Html {
  const { result } = opts;
  const heading = opts.query ? html`<h1>Search: “${opts.query}”</h1>` : html`<h1>Search</h1>`;
  if (opts.error || !result)
    return html`${heading}
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : null}
<p>Search for a show, a person or a character by any spelling or in Hangul, using the search box above.</p>`;
  const list = (refs: EntityRef[], path: string) =>
    html`<ul>${refs.map((r) => html`<li><a href="/${path}/${encodeURIComponent(r.id)}">${name(r)}</a></li>`)}</ul>`;
  const characters = html`<ul>${result.characters.map(
    (c) =>
      html`<li><a href="/shows/${encodeURIComponent(c.showId)}">${name(c)}</a> <span class="muted">in ${opts.showTitle(c.showId)}</span></li>`,
  )}</ul>`;
  return html`${heading}
${section('shows-heading', 'Shows', result.shows.length, list(result.shows, 'shows'))}
${section('people-heading', 'People', result.people.length, list(result.people, 'people'))}
${section('characters-heading', 'Characters', result.characters.length, characters)}
${section('items-heading', 'Items', result.items.length, renderEntries(result.items, { csrfToken: opts.csrfToken, headingLevel: 3 }))}`;
}
