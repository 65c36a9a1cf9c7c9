import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { ShownItemView } from '../reader/reader-schemas.js';
import type { Html } from './render-layout.js';

/**
 * The warning on an item the gate showed despite unsure horizons past the reader's progress (their policy for unsure
 * horizons is `warn`): one line per show, before anything of the item's text.
 */
export function renderUnsureWarning(item: Pick<ShownItemView, 'warnings'>, t: Translate): Html | null {
  const warnings = item.warnings ?? [];
  if (!warnings.length) return null;
  return html`<div class="unsure-warning" role="note">${warnings.map(
    (w) => html`<p>${t('unsure.warning', { show: w.showTitle, episode: w.throughEpisode, watched: w.watched })}</p>`,
  )}</div>`;
}
