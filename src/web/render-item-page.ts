import { html, raw } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { HiddenCardView, ItemDetail } from '../reader/reader-schemas.js';
import {
  kindKeys,
  renderDate,
  renderEntries,
  renderReasons,
  renderRevealForm,
  renderTags,
  revealedMarker,
} from './render-entry.js';
import { renderItemActions } from './render-item-actions.js';
import { renderItemImage } from './render-item-image.js';
import { type Html, type PagePreview, safeUrl } from './render-layout.js';
import { renderUnsureWarning } from './render-unsure-warning.js';

export interface ItemPageParts {
  title: string;
  body: Html;
  /** Link-preview tags: only for an item shown without a reveal. */
  preview?: PagePreview;
}

function renderMeta(item: ItemDetail, t: Translate): Html {
  return html`<p class="meta">${item.sourceName ? html`<span class="source">${item.sourceName}</span>` : null}${
    item.author ? html`<span class="author">${t('item.by', { name: item.author })}</span>` : null
  }${renderDate(item.publishedAt, t)}<span class="kind">${t(kindKeys[item.kind])}</span>${
    item.mediaType === 'video' ? html`<span>${t('entry.video')}</span>` : null
  }</p>`;
}

/** The content's text, to tell which captions it already shows (in its own figcaptions). */
const textOf = (contentHtml: string) =>
  contentHtml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

/** Captions the content does not show itself (a caption the page had outside the article body), with credits. */
function renderCaptions(item: ItemDetail, t: Translate): Html | null {
  const shown = textOf(item.contentHtml);
  const captions = item.captions.filter((c) => !shown.includes(c.text.replace(/\s+/g, ' ')));
  if (!captions.length) return null;
  return html`<section class="captions" aria-labelledby="captions-heading"><h2 id="captions-heading">${t('item.captions')}</h2><ul>${captions.map(
    (c) =>
      html`<li>${c.text}${c.credit ? html` <span class="credit">${t('item.credit', { name: c.credit })}</span>` : null}</li>`,
  )}</ul></section>`;
}

function renderWhy(item: ItemDetail, csrfToken: string | null, t: Translate): Html {
  const horizons = item.horizons.map((h) => {
    const found = item.evidence.find((e) => e.showId === h.showId && e.throughEpisode === h.throughEpisode);
    const quotes = [...new Set(found?.quotes ?? [])];
    const why =
      h.throughEpisode === 0
        ? t('reason.preAir')
        : t('reason.shown', { episode: h.throughEpisode, watched: h.watched, revealed: item.revealed });
    return html`<li><a href="/shows/${encodeURIComponent(h.showId)}">${h.showTitle}</a>: ${why}${
      quotes.length ? quotes.map((q) => html`<blockquote>${q}</blockquote>`) : null
    }</li>`;
  });
  const hide = item.revealed
    ? html`<p>${t('item.revealedNote')}</p>
<form method="post" action="/items/${encodeURIComponent(item.id)}/hide">
<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
<button type="submit" class="secondary">${t('item.hideAgain')}</button>
</form>`
    : null;
  return html`<section class="why" aria-labelledby="why-heading"><h2 id="why-heading">${t('item.why')}</h2>
${hide}
${horizons.length ? html`<ul>${horizons}</ul>` : html`<p>${t('item.noPlot')}</p>`}
</section>`;
}

/** A video item: its thumbnail linking to the video on YouTube (no embedded player, so nothing loads until asked). */
function renderVideo(item: ItemDetail, t: Translate): Html | null {
  if (item.mediaType !== 'video' || !item.videoId) return null;
  const href = `https://www.youtube.com/watch?v=${encodeURIComponent(item.videoId)}`;
  const thumb = safeUrl(item.imageUrl);
  return html`<p class="video"><a href="${href}" rel="noopener noreferrer" target="_blank">${
    thumb ? html`<img src="${thumb}" alt="" referrerpolicy="no-referrer"><br>` : null
  }${t('item.watchVideo')}</a></p>`;
}

/** The item's picture above its text, unless the text shows that picture itself (in its own figure). */
function renderLeadImage(item: ItemDetail): Html | null {
  const inContent = !!item.imageUrl && item.contentHtml.includes(item.imageUrl.replaceAll('&', '&amp;'));
  return inContent ? null : renderItemImage(item, 'page');
}

/** The page of an item shown to this reader: its content, captions, source, why it is shown, and related items. */
function renderShownItem(item: ItemDetail, csrfToken: string | null, t: Translate): ItemPageParts {
  const source = safeUrl(item.url);
  const ctx = { csrfToken, back: `/items/${item.id}`, t };
  const body = html`<article class="item-page" data-item="${item.id}">
<h1>${item.title}</h1>
${item.revealed ? revealedMarker(t) : null}
${renderUnsureWarning(item, t)}
${renderMeta(item, t)}
${renderTags(item.shows, item.people, t)}
${csrfToken ? renderItemActions(item, ctx) : null}
${renderVideo(item, t) ?? renderLeadImage(item)}
<div class="content">${raw(item.contentHtml)}</div>
${renderCaptions(item, t)}
${source ? html`<p class="source-link"><a href="${source}" rel="noopener noreferrer" target="_blank">${t('item.readAt', { name: item.sourceName ?? t('item.theSource') })}</a></p>` : null}
${renderWhy(item, csrfToken, t)}
<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${t('item.related')}</h2>
${renderEntries(item.related, { ...ctx, headingLevel: 3 }, t('item.noRelated'))}
</section>
</article>`;
  const preview = item.revealed ? undefined : { title: item.title, description: item.snippet, image: item.imageUrl };
  return { title: item.title, body, preview };
}

/** The page of a hidden item: what it would reveal and a reveal button; nothing of the item itself. */
function renderHiddenItem(card: HiddenCardView, csrfToken: string | null, t: Translate): ItemPageParts {
  const ctx = { csrfToken, back: `/items/${card.id}`, t };
  const body = html`<article class="hidden-card" data-item="${card.id}" data-hidden="true">
<h1>${t('entry.hidden')}</h1>
${card.publishedAt ? html`<p class="meta">${renderDate(card.publishedAt, t)}</p>` : null}
<p>${t('item.hiddenIntro')}</p>
${renderReasons(card, t)}
${renderRevealForm(card.id, ctx)}
${csrfToken ? renderItemActions(card, ctx) : null}
</article>`;
  return { title: t('entry.hidden'), body };
}

export function renderItemPage(
  page: ItemDetail | HiddenCardView,
  csrfToken: string | null,
  t: Translate,
): ItemPageParts {
  return page.hidden ? renderHiddenItem(page, csrfToken, t) : renderShownItem(page, csrfToken, t);
}
