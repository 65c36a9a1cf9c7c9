import { html } from 'hono/html';
import type { MessageKey, Translate } from '../i18n/translate.js';
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
  t: Translate;
}

const name = (ref: EntityRef) =>
  html`${ref.name}${ref.hangul && ref.hangul !== ref.name ? html` <span lang="ko">(${ref.hangul})</span>` : null}`;

function section(id: string, heading: string, none: string, count: number, items: Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${
    count ? items : html`<p class="muted">${none}</p>`
  }</section>`;
}

const sections = {
  shows: ['search.shows', 'search.noShows'],
  people: ['search.people', 'search.noPeople'],
  characters: ['search.characters', 'search.noCharacters'],
  items: ['search.items', 'search.noItems'],
} satisfies Record<string, [MessageKey, MessageKey]>;

/** Search results in four sections: Shows, People, Characters and Items (items shown to this reader only). */
export function renderSearchPage(opts: SearchPageOptions): Html {
  const { result, t } = opts;
  const heading = html`<h1>${opts.query ? t('search.headingFor', { title: opts.query }) : t('nav.search')}</h1>`;
  if (opts.error || !result)
    return html`${heading}
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : null}
<p>${t('search.intro')}</p>`;
  const list = (refs: EntityRef[], path: string) =>
    html`<ul>${refs.map((r) => html`<li><a href="/${path}/${encodeURIComponent(r.id)}">${name(r)}</a></li>`)}</ul>`;
  const characters = html`<ul>${result.characters.map(
    (c) =>
      html`<li><a href="/shows/${encodeURIComponent(c.showId)}">${name(c)}</a> <span class="muted">${t('search.inShow', { show: opts.showTitle(c.showId) })}</span></li>`,
  )}</ul>`;
  const part = (name: keyof typeof sections, count: number, items: Html) =>
    section(`${name}-heading`, t(sections[name][0]), t(sections[name][1]), count, items);
  const items = renderEntries(result.items, { csrfToken: opts.csrfToken, headingLevel: 3, t });
  return html`${heading}
${part('shows', result.shows.length, list(result.shows, 'shows'))}
${part('people', result.people.length, list(result.people, 'people'))}
${part('characters', result.characters.length, characters)}
${part('items', result.items.length, items)}`;
}
