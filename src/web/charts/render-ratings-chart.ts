import type { HtmlEscapedString } from 'hono/utils/html';
import { type Translate, translator } from '../../i18n/translate.js';
import type { ShowPage } from '../../reader/reader-schemas.js';
import { niceTicks } from './nice-ticks.js';
import { coord, emptyHeight, plot, renderChartFrame, renderEmptyText, renderYAxis, svg } from './render-chart-frame.js';

export type EpisodeView = ShowPage['episodes'][number];

/** A rating as a percentage, with at least one decimal (6 → "6.0%"), never rounded away. */
const percent = (rating: number) => `${Number.isInteger(rating) ? rating.toFixed(1) : rating}%`;

/** At most this many episode numbers under the axis; longer runs label every second, third... episode. */
const maxLabels = 16;

/**
 * The ratings of a show's episodes as bars. An episode whose rating is hidden (past the reader's progress) is drawn as
 * a hatched slot labelled "hidden", and its number appears nowhere: not in a bar, a tooltip, the description or the
 * table, and not in the scale either (the axis is scaled by the shown ratings only). An episode without a known
 * rating is an empty slot.
 */
export function renderRatingsChart(
  episodes: readonly EpisodeView[],
  id = 'ratings-chart',
  t: Translate = translator('en'),
): HtmlEscapedString {
  const shown = episodes.flatMap((e) => (!e.ratingHidden && e.rating !== null ? [{ ...e, rating: e.rating }] : []));
  const ticks = niceTicks(Math.max(0, ...shown.map((e) => e.rating)));
  const top = ticks.at(-1)!;
  const slot = plot.width / Math.max(episodes.length, 1);
  const x = (index: number) => plot.left + index * slot;
  const labelEvery = Math.ceil(episodes.length / maxLabels);

  const bars = episodes.map((e, i) => {
    if (e.ratingHidden || e.rating === null) return '';
    const height = (e.rating / top) * plot.height;
    return svg`<rect x="${coord(x(i) + slot * 0.15)}" y="${coord(plot.bottom - height)}" width="${coord(slot * 0.7)}" height="${coord(height)}"><title>${t('chart.ratingTip', { n: e.number, rating: percent(e.rating) })}</title></rect>`;
  });
  const hidden = hiddenRuns(episodes).map(({ start, length }) => {
    const left = x(start);
    const width = slot * length;
    const cx = coord(left + width / 2);
    const cy = coord(plot.top + plot.height / 2);
    const label =
      width >= 44
        ? svg`<text x="${cx}" y="${cy}" text-anchor="middle">${t('chart.hidden')}</text>`
        : svg`<text x="${cx}" y="${cy}" text-anchor="middle" dominant-baseline="middle" transform="rotate(-90 ${cx} ${cy})">${t('chart.hidden')}</text>`;
    return svg`<g class="hidden-rating"><rect x="${coord(left + 1)}" y="${plot.top}" width="${coord(width - 2)}" height="${plot.height}" fill="url(#${id}-hatch)" stroke="currentColor" stroke-opacity="0.4" stroke-dasharray="3 2"/>${label}</g>`;
  });
  const labels = episodes.map((e, i) =>
    i % labelEvery === 0
      ? svg`<text x="${coord(x(i) + slot / 2)}" y="${plot.bottom + 13}" text-anchor="middle">${e.number}</text>`
      : '',
  );
  // Without a shown rating the axis has no scale: drawing one from hidden ratings would give them away.
  const axis = shown.length ? renderYAxis(ticks, (v) => `${v}%`) : renderYAxis([0], () => '');
  const anyRating = episodes.some((e) => e.ratingHidden || e.rating !== null);
  const body = anyRating
    ? svg`<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="2" stroke-opacity="0.3"/></pattern></defs>
${axis}
<g class="bars" fill="#3566a8">${bars}</g>
<g class="hidden-ratings" fill="currentColor">${hidden}</g>
<g class="x-axis" fill="currentColor">${labels}<text x="${coord(plot.left + plot.width / 2)}" y="${plot.bottom + 30}" text-anchor="middle">${t('chart.episode')}</text></g>`
    : renderEmptyText(t(episodes.length ? 'chart.noRatings' : 'chart.noEpisodes'));

  return renderChartFrame({
    id,
    title: t('chart.ratingsTitle'),
    description: describe(episodes, shown, t),
    body,
    height: anyRating ? undefined : emptyHeight,
    columns: [t('chart.episode'), t('episode.airDate'), t('episode.ratingLabel')],
    rows: episodes.map((e) => [
      String(e.number),
      e.airDate,
      e.ratingHidden ? t('episode.ratingHidden') : e.rating === null ? t('episode.notKnown') : percent(e.rating),
    ]),
    emptyText: t('chart.noEpisodes'),
  });
}

/** Runs of consecutive episodes whose rating is hidden, as [start index, length]. */
function hiddenRuns(episodes: readonly EpisodeView[]): Array<{ start: number; length: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  episodes.forEach((e, i) => {
    if (!e.ratingHidden) return;
    const last = runs.at(-1);
    if (last && last.start + last.length === i) last.length++;
    else runs.push({ start: i, length: 1 });
  });
  return runs;
}

function describe(
  episodes: readonly EpisodeView[],
  shown: Array<EpisodeView & { rating: number }>,
  t: Translate,
): string {
  if (!episodes.length) return `${t('chart.noEpisodes')}.`;
  const parts = [t('chart.episodeCount', { n: episodes.length })];
  if (shown.length) {
    const low = shown.reduce((a, b) => (b.rating < a.rating ? b : a));
    const high = shown.reduce((a, b) => (b.rating > a.rating ? b : a));
    parts.push(
      shown.length === 1
        ? t('chart.oneShown', { n: high.number, rating: percent(high.rating) })
        : t('chart.rangeShown', {
            count: shown.length,
            low: percent(low.rating),
            lowN: low.number,
            high: percent(high.rating),
            highN: high.number,
          }),
    );
  }
  const hidden = episodes.filter((e) => e.ratingHidden).length;
  if (hidden) parts.push(t('chart.hiddenCount', { n: hidden }));
  const unknown = episodes.filter((e) => !e.ratingHidden && e.rating === null).length;
  if (unknown) parts.push(t('chart.unknownCount', { n: unknown }));
  return parts.join(' ');
}
