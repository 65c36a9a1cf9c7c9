import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { PersonPage } from '../reader/reader-schemas.js';
import { renderEntries } from './render-entry.js';
import type { Html } from './render-layout.js';
import { showPath } from './render-show-page.js';

/** The body of a person's page: name and Hangul, the spellings seen in items, their roles, their items. */
export function renderPersonPage(page: PersonPage, csrfToken: string | null, t: Translate): Html {
  const { person } = page;
  const entries = { csrfToken, back: `/people/${encodeURIComponent(person.id)}`, headingLevel: 3 as const, t };
  return html`<h1>${person.name} <span lang="ko">${person.hangul}</span></h1>
${person.aliases.length ? html`<p class="names">${t('person.aka', { name: person.aliases.join(', ') })}</p>` : null}
<p><a href="/?person=${encodeURIComponent(person.id)}">${t('person.feed')}</a></p>
<section aria-labelledby="spellings-heading"><h2 id="spellings-heading">${t('person.spellings')}</h2>${
    page.spellings.length
      ? html`<ul class="spellings">${page.spellings.map(
          (s) => html`<li><span${/[\uac00-\ud7a3]/.test(s.spelling) ? html` lang="ko"` : null}>${s.spelling}</span>
<span class="muted">(${t('person.itemCount', { n: s.items })})</span></li>`,
        )}</ul>`
      : html`<p class="muted">${t('person.noSpellings')}</p>`
  }</section>
<section aria-labelledby="roles-heading"><h2 id="roles-heading">${t('person.roles')}</h2>${
    page.roles.length
      ? html`<ul class="roles">${page.roles.map(
          (r) =>
            html`<li><a href="${showPath(r.show.id)}">${r.show.name}</a>${
              r.show.hangul ? html` <span lang="ko">${r.show.hangul}</span>` : null
            }: ${r.character}${r.characterHangul ? html` (<span lang="ko">${r.characterHangul}</span>)` : null}</li>`,
        )}</ul>`
      : html`<p class="muted">${t('person.noRoles')}</p>`
  }</section>
<section aria-labelledby="items-heading"><h2 id="items-heading">${t('person.items')}</h2>${renderEntries(
    page.items,
    entries,
    t('person.noItems'),
  )}</section>`;
}
