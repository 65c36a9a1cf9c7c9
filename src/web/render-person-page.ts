import { html } from 'hono/html';
import type { PersonPage } from '../reader/reader-schemas.js';
import { renderEntries } from './render-entry.js';
import type { Html } from './render-layout.js';
import { showPath } from './render-show-page.js';

/** The body of a person's page: name and Hangul, the spellings seen in items, their roles, their items. */
export function renderPersonPage(page: PersonPage, csrfToken: string | null): Html {
  const { person } = page;
  const entries = { csrfToken, back: `/people/${encodeURIComponent(person.id)}`, headingLevel: 3 as const };
  return html`<h1>${person.name} <span lang="ko">${person.hangul}</span></h1>
${person.aliases.length ? html`<p class="names">Also known as ${person.aliases.join(', ')}</p>` : null}
<p><a href="/?person=${encodeURIComponent(person.id)}">Their items in the feed</a></p>
<section aria-labelledby="spellings-heading"><h2 id="spellings-heading">Spellings seen</h2>${
    page.spellings.length
      ? html`<ul class="spellings">${page.spellings.map(
          (s) => html`<li><span${/[\uac00-\ud7a3]/.test(s.spelling) ? html` lang="ko"` : null}>${s.spelling}</span>
<span class="muted">(${s.items} ${s.items === 1 ? 'item' : 'items'})</span></li>`,
        )}</ul>`
      : html`<p class="muted">No item has named them yet.</p>`
  }</section>
<section aria-labelledby="roles-heading"><h2 id="roles-heading">Roles</h2>${
    page.roles.length
      ? html`<ul class="roles">${page.roles.map(
          (r) =>
            html`<li><a href="${showPath(r.show.id)}">${r.show.name}</a>${
              r.show.hangul ? html` <span lang="ko">${r.show.hangul}</span>` : null
            }: ${r.character}${r.characterHangul ? html` (<span lang="ko">${r.characterHangul}</span>)` : null}</li>`,
        )}</ul>`
      : html`<p class="muted">No roles in the catalog.</p>`
  }</section>
<section aria-labelledby="items-heading"><h2 id="items-heading">Items</h2>${renderEntries(
    page.items,
    entries,
    'No items about them yet.',
  )}</section>`;
}
