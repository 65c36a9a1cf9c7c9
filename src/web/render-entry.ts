import { html } from 'hono/html';
import type { EntityRef, FeedEntry, HiddenCardView, ShownItemView } from '../reader/reader-schemas.js';
import { renderItemActions } from './render-item-actions.js';
import { renderItemImage } from './render-item-image.js';
import type { Html } from './render-layout.js';

export interface EntryContext {
  /** The session's CSRF token, for the reveal form of a hidden card. */
  csrfToken: string | null;
  /** Where the reveal form sends the reader back to (a local path), e.g. the page that shows the card. */
  back?: string;
  /** Heading level of the entry's title: 2 in a page's main list, 3 inside a section. */
  headingLevel?: 2 | 3;
}

export const kindLabels: Record<ShownItemView['kind'], string> = {
  preair: 'Pre-air',
  recap: 'Recap',
  review: 'Review',
  bts: 'Behind the scenes',
  preview: 'Preview',
  ratings: 'Ratings',
  finale: 'Finale',
  news: 'News',
  other: 'Other',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Seoul' });

/** A `<time>` with the date in Korean time (air dates are Korean dates), or nothing for an unknown date. */
export function renderDate(iso: string | null): Html | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return html`<time datetime="${date.toISOString()}">${dateFormat.format(date)}</time>`;
}

function heading(level: 2 | 3, cls: string, content: Html): Html {
  return level === 2 ? html`<h2 class="${cls}">${content}</h2>` : html`<h3 class="${cls}">${content}</h3>`;
}

/** Links to the shows and people an item names. */
export function renderTags(shows: EntityRef[], people: EntityRef[]): Html | null {
  if (!shows.length && !people.length) return null;
  const tag = (ref: EntityRef, path: string) =>
    html`<li><a class="${ref.kind}" href="/${path}/${encodeURIComponent(ref.id)}">${ref.name}</a></li>`;
  return html`<ul class="tags" aria-label="Shows and people">${shows.map((s) => tag(s, 'shows'))}${people.map((p) =>
    tag(p, 'people'),
  )}</ul>`;
}

/** The item's source, date, kind and medium, as one line. */
export function renderItemMeta(item: ShownItemView): Html {
  return html`<p class="meta">${item.sourceName ? html`<span class="source">${item.sourceName}</span>` : null}${renderDate(
    item.publishedAt,
  )}<span class="kind">${kindLabels[item.kind]}</span>${item.mediaType === 'video' ? html`<span>Video</span>` : null}</p>`;
}

export const revealedMarker = html`<span class="revealed-marker" title="You revealed this item">revealed</span>`;

function renderShown(item: ShownItemView, ctx: EntryContext): Html {
  const href = `/items/${encodeURIComponent(item.id)}`;
  return html`<article class="item ${item.read ? 'read' : 'unread'}" id="item-${item.id}" data-item="${item.id}">
${renderItemImage(item, 'card')}
${heading(ctx.headingLevel ?? 2, 'item-title', html`<a href="${href}">${item.title}</a>`)}
${item.revealed ? revealedMarker : null}
${renderItemMeta(item)}
${item.snippet ? html`<p class="snippet">${item.snippet}</p>` : null}
${renderTags(item.shows, item.people)}
${ctx.csrfToken ? renderItemActions(item, ctx) : null}
</article>`;
}

/** The reveal button of a hidden card or hidden item page: POST /items/:id/reveal with the CSRF token. */
export function renderRevealForm(id: string, ctx: EntryContext): Html {
  return html`<form class="reveal" method="post" action="/items/${encodeURIComponent(id)}/reveal">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${ctx.back ? html`<input type="hidden" name="back" value="${ctx.back}">` : null}
<button type="submit">Reveal this item</button>
</form>`;
}

/** The reasons a hidden item is hidden ("reveals My Liberation Notes ep. 11; you are at ep. 10"). */
export function renderReasons(card: HiddenCardView): Html {
  return html`<ul class="reasons">${card.reasons.map(
    (r) =>
      html`<li>${r.text} <a class="progress-link" href="/shows/${encodeURIComponent(r.showId)}#progress">${
        r.watched === null ? 'follow it' : 'update your progress'
      }</a></li>`,
  )}</ul>`;
}

/** A hidden card: what the item would reveal and a reveal button, and nothing of the item's own text or links. */
function renderHidden(card: HiddenCardView, ctx: EntryContext): Html {
  return html`<article class="hidden-card" id="item-${card.id}" data-item="${card.id}" data-hidden="true">
${heading(ctx.headingLevel ?? 2, 'hidden-title', html`Hidden item`)}
${card.publishedAt ? html`<p class="meta">${renderDate(card.publishedAt)}</p>` : null}
${renderReasons(card)}
${renderRevealForm(card.id, ctx)}
${ctx.csrfToken ? renderItemActions(card, ctx) : null}
</article>`;
}

/** One entry of a list of items: a shown item, or a hidden card in its place. */
export function renderEntry(entry: FeedEntry, ctx: EntryContext): Html {
  return entry.hidden ? renderHidden(entry, ctx) : renderShown(entry, ctx);
}

/** A list of entries, or a line saying there are none. */
export function renderEntries(entries: FeedEntry[], ctx: EntryContext, empty = 'Nothing here yet.'): Html {
  if (!entries.length) return html`<p class="muted">${empty}</p>`;
  return html`<div class="entries">${entries.map((e) => renderEntry(e, ctx))}</div>`;
}
