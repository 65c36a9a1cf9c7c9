import type { HtmlEscapedString } from 'hono/utils/html';
import { type Translate, translator } from '../../i18n/translate.js';
import { type BuzzBucket, type BuzzUnit, bucketBuzz, type DayCount } from './bucket-buzz.js';
import { niceTicks } from './nice-ticks.js';
import { coord, emptyHeight, plot, renderChartFrame, renderEmptyText, renderYAxis, svg } from './render-chart-frame.js';

const titles = { day: 'chart.perDay', week: 'chart.perWeek', month: 'chart.perMonth' } as const;
const headings = { day: 'chart.day', week: 'chart.weekOf', month: 'chart.month' } as const;

const label = (bucket: BuzzBucket, unit: BuzzUnit) => (unit === 'month' ? bucket.start.slice(0, 7) : bucket.start);

/**
 * Buzz: how many items named the show, per day over the days from its first item to its last (days without items
 * are empty), per week when that span is longer than three months, per month when longer than about three years.
 * Counts say nothing of any plot, so hidden items count too.
 */
export function renderBuzzChart(
  points: readonly DayCount[],
  id = 'buzz-chart',
  t: Translate = translator('en'),
): HtmlEscapedString {
  const { unit, buckets } = bucketBuzz(points);
  const ticks = niceTicks(Math.max(0, ...buckets.map((b) => b.count)), 5, true);
  const top = ticks.at(-1)!;
  const slot = plot.width / Math.max(buckets.length, 1);
  const barWidth = buckets.length === 1 ? Math.min(slot, 40) : slot >= 4 ? slot * 0.8 : slot;
  const x = (index: number) => plot.left + index * slot + (slot - barWidth) / 2;

  const bars = buckets.map((b, i) => {
    if (!b.count) return '';
    const height = (b.count / top) * plot.height;
    return svg`<rect x="${coord(x(i))}" y="${coord(plot.bottom - height)}" width="${coord(barWidth)}" height="${coord(height)}"><title>${t('chart.itemTip', { label: label(b, unit), n: b.count })}</title></rect>`;
  });
  const labelled =
    buckets.length <= 2 ? buckets.map((_, i) => i) : [0, Math.floor((buckets.length - 1) / 2), buckets.length - 1];
  const anchor = (i: number) =>
    buckets.length === 1 ? 'middle' : i === 0 ? 'start' : i === buckets.length - 1 ? 'end' : 'middle';
  const labels = labelled.map((i) => {
    const at = anchor(i) === 'start' ? plot.left : anchor(i) === 'end' ? plot.left + plot.width : x(i) + barWidth / 2;
    return svg`<text x="${coord(at)}" y="${plot.bottom + 13}" text-anchor="${anchor(i)}">${label(buckets[i], unit)}</text>`;
  });
  const body = buckets.length
    ? svg`${renderYAxis(ticks, String)}
<g class="bars" fill="#a83f5a">${bars}</g>
<g class="x-axis" fill="currentColor">${labels}<text x="${coord(plot.left + plot.width / 2)}" y="${plot.bottom + 30}" text-anchor="middle">${t(headings[unit])}</text></g>`
    : renderEmptyText(t('chart.noItems'));

  return renderChartFrame({
    id,
    title: t(titles[unit]),
    description: describe(buckets, unit, t),
    body,
    height: buckets.length ? undefined : emptyHeight,
    columns: [t(headings[unit]), t('search.items')],
    rows: buckets.filter((b) => b.count > 0).map((b) => [label(b, unit), String(b.count)]),
    emptyText: t('chart.noItems'),
  });
}

function describe(buckets: BuzzBucket[], unit: BuzzUnit, t: Translate): string {
  if (!buckets.length) return t('chart.noBuzz');
  const n = buckets.reduce((sum, b) => sum + b.count, 0);
  const busiest = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const first = label(buckets[0], unit);
  if (buckets.length === 1) return t('chart.buzzOne', { n, first });
  const last = label(buckets.at(-1)!, unit);
  return t('chart.buzzSpan', { n, first, last, unit, busiest: label(busiest, unit), busiestN: busiest.count });
}
