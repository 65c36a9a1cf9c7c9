import { html } from 'hono/html';
import type { ShownItemView } from '../reader/reader-schemas.js';
import { safeImageUrl } from '../sanitize/safe-image-url.js';
import type { Html } from './render-layout.js';

type ItemImage = Pick<ShownItemView, 'imageUrl' | 'imageCaption' | 'imageCredit'>;

/**
 * An item's picture from its feed (or page), lazy-loaded and sent without a referrer, with the caption and credit
 * the feed gave it. It takes a shown item's view only: a hidden card has no image to give, so the gate is the only
 * way a picture reaches a page. On the card the credit alone is shown; on the item page the caption too.
 */
export function renderItemImage(item: ItemImage, where: 'card' | 'page'): Html | null {
  const src = safeImageUrl(item.imageUrl);
  if (!src) return null;
  const caption = where === 'page' ? item.imageCaption : null;
  const credit = item.imageCredit ? html`<small class="credit">${item.imageCredit}</small>` : null;
  const figcaption =
    caption || credit
      ? html`<figcaption>${caption ? html`<span>${caption}</span> ` : null}${credit}</figcaption>`
      : null;
  return html`<figure class="${where === 'card' ? 'thumb' : 'lead-image'}"><img src="${src}" alt="${
    where === 'card' ? '' : (item.imageCaption ?? '')
  }" loading="lazy" decoding="async" referrerpolicy="no-referrer">${figcaption}</figure>`;
}
