import { html, raw } from 'hono/html';
import type { MessageKey, Translate } from '../i18n/translate.js';
import type { EntityRef, FeedEntry, HiddenCardView, ShownItemView } from '../reader/reader-schemas.js';
import { cardParts } from './card-parts.js';
import { renderItemActions } from './render-item-actions.js';
import { renderItemImage } from './render-item-image.js';
import type { Html } from './render-layout.js';
import { renderUnsureWarning } from './render-unsure-warning.js';

export interface EntryContext {
  /** The session's CSRF token, for the reveal form of a hidden card. */
  csrfToken: string | null;
  /** Where the reveal form sends the reader back to (a local path), e.g. the page that shows the card. */
  back?: string;
  /** Heading level of the entry's title: 2 in a page's main list, 3 inside a section. */
  headingLevel?: 2 | 3;
  /** The reader's language. */
  t: Translate;
}

/** Each kind's label in the catalogue. */
export const kindKeys: Record<ShownItemView['kind'], MessageKey> = {
  preair: 'kind.preair',
  recap: 'kind.recap',
  review: 'kind.review',
  bts: 'kind.bts',
  preview: 'kind.preview',
  ratings: 'kind.ratings',
  finale: 'kind.finale',
  news: 'kind.news',
  other: 'kind.other',
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const seoul = 'Asia/Seoul';

/** A `<time>` with the date in Korean time (air dates are Korean dates), or nothing for an unknown date. */
export function renderDate(iso: string | null, t: Translate): Html | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const locale = t('date.locale');
  const format = dateFormats.get(locale) ?? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: seoul });
  dateFormats.set(locale, format);
  return html`<time datetime="${date.toISOString()}">${format.format(date)}</time>`;
}

function heading(level: 2 | 3, cls: string, content: Html): Html {
  return level === 2 ? html`<h2 class="${cls}">${content}</h2>` : html`<h3 class="${cls}">${content}</h3>`;
}

/** Links to the shows and people an item names. */
export function renderTags(shows: EntityRef[], people: EntityRef[], t: Translate): Html | null {
  if (!shows.length && !people.length) return null;
  const tag = (ref: EntityRef, path: string) =>
    html`<li><a class="${ref.kind}" href="/${path}/${encodeURIComponent(ref.id)}">${ref.name}</a></li>`;
  return html`<ul class="tags" aria-label="${t('entry.tags')}">${shows.map((s) => tag(s, 'shows'))}${people.map((p) =>
    tag(p, 'people'),
  )}</ul>`;
}

/** The item's source, date, kind and medium, as one line. */
export function renderItemMeta(item: ShownItemView, t: Translate): Html {
  return html`<p class="meta">${item.sourceName ? html`<span class="source">${item.sourceName}</span>` : null}${renderDate(
    item.publishedAt,
    t,
  )}<span class="kind">${t(kindKeys[item.kind])}</span>${item.mediaType === 'video' ? html`<span>${t('entry.video')}</span>` : null}</p>`;
}

export const revealedMarker = (t: Translate) =>
  html`<span class="revealed-marker" title="${t('entry.revealedTitle')}">${t('entry.revealed')}</span>`;

/** What a shown card takes from the item alone: the same for every reader it is shown to (card-parts.ts). */
function renderShownParts(item: ShownItemView, level: 2 | 3, t: Translate) {
  const href = `/items/${encodeURIComponent(item.id)}`;
  return {
    head: html`${renderItemImage(item, 'card')}
${heading(level, 'item-title', html`<a href="${href}">${item.title}</a>`)}`,
    body: html`${renderItemMeta(item, t)}
${item.snippet ? html`<p class="snippet">${item.snippet}</p>` : null}
${renderTags(item.shows, item.people, t)}`,
  };
}

function renderShown(item: ShownItemView, ctx: EntryContext): Html {
  const level = ctx.headingLevel ?? 2;
  const kept = cardParts(item, level, ctx.t, () => renderShownParts(item, level, ctx.t));
  const parts = kept ? { head: raw(kept.head), body: raw(kept.body) } : renderShownParts(item, level, ctx.t);
  return html`<article class="item ${item.read ? 'read' : 'unread'}" id="item-${item.id}" data-item="${item.id}">
${parts.head}
${item.revealed ? revealedMarker(ctx.t) : null}
${renderUnsureWarning(item, ctx.t)}
${parts.body}
${ctx.csrfToken ? renderItemActions(item, ctx) : null}
</article>`;
}

/** The reveal button of a hidden card or hidden item page: POST /items/:id/reveal with the CSRF token. */
export function renderRevealForm(id: string, ctx: EntryContext): Html {
  return html`<form class="reveal" method="post" action="/items/${encodeURIComponent(id)}/reveal">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${ctx.back ? html`<input type="hidden" name="back" value="${ctx.back}">` : null}
<button type="submit">${ctx.t('entry.reveal')}</button>
</form>`;
}

/** The reasons a hidden item is hidden ("reveals My Liberation Notes ep. 11; you are at ep. 10"). */
export function renderReasons(card: HiddenCardView, t: Translate): Html {
  return html`<ul class="reasons">${card.reasons.map(
    (r) =>
      html`<li>${t('reason.hidden', { show: r.showTitle, episode: r.throughEpisode, watched: r.watched })} <a class="progress-link" href="/shows/${encodeURIComponent(r.showId)}#progress">${
        r.watched === null ? t('entry.followIt') : t('entry.updateProgress')
      }</a></li>`,
  )}</ul>`;
}

/** A hidden card: what the item would reveal and a reveal button, and nothing of the item's own text or links. */
function renderHidden(card: HiddenCardView, ctx: EntryContext): Html {
  return html`<article class="hidden-card" id="item-${card.id}" data-item="${card.id}" data-hidden="true">
${heading(ctx.headingLevel ?? 2, 'hidden-title', html`${ctx.t('entry.hidden')}`)}
${card.publishedAt ? html`<p class="meta">${renderDate(card.publishedAt, ctx.t)}</p>` : null}
${renderReasons(card, ctx.t)}
${renderRevealForm(card.id, ctx)}
${ctx.csrfToken ? renderItemActions(card, ctx) : null}
</article>`;
}

/** One entry of a list of items: a shown item, or a hidden card in its place. */
export function renderEntry(entry: FeedEntry, ctx: EntryContext): Html {
  return entry.hidden ? renderHidden(entry, ctx) : renderShown(entry, ctx);
}

/** A list of entries, or a line saying there are none. */
export function renderEntries(entries: FeedEntry[], ctx: EntryContext, empty?: string): Html {
  if (!entries.length) return html`<p class="muted">${empty ?? ctx.t('entry.empty')}</p>`;
  return html`<div class="entries">${entries.map((e) => renderEntry(e, ctx))}</div>`;
}
