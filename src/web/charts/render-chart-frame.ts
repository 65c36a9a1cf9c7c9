import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * The frame both charts share: a figure holding an SVG (`role="img"`, named by its `<title>`, described by its
 * `<desc>`) drawn in a fixed viewBox that scales to the width of the page (a 375 px phone included), and a
 * visually-hidden table with the same numbers for screen readers and for anyone who wants the figures.
 */
export const box = { width: 360, height: 200, left: 40, right: 8, top: 14, bottom: 36 } as const;
export const plot = {
  left: box.left,
  top: box.top,
  width: box.width - box.left - box.right,
  height: box.height - box.top - box.bottom,
  bottom: box.height - box.bottom,
} as const;

export interface ChartFrame {
  /** Prefix of the element ids (unique per page). */
  id: string;
  /** The chart's accessible name, also the table's caption. */
  title: string;
  /** One or two sentences saying what the chart shows. */
  description: string;
  /** SVG elements drawn inside the frame (axes, bars, labels). */
  body: unknown;
  /** A shorter frame for a chart with nothing to draw but a line of text. */
  height?: number;
  /** The table's header cells and rows (already formatted text). */
  columns: string[];
  rows: string[][];
  /** What the table says when it has no rows. */
  emptyText: string;
}

/** The short frame's body: one line of text in the middle, for a chart with nothing to draw. */
export const emptyHeight = 40;
export function renderEmptyText(text: string): HtmlEscapedString {
  return svg`<text x="${box.width / 2}" y="24" text-anchor="middle" fill="currentColor">${text}</text>`;
}

/** Rounds a coordinate to two decimals, so the markup stays short and stable. */
export function coord(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Synchronous `html`: templates without promises render at once, and the charts never hold promises. */
export function svg(strings: TemplateStringsArray, ...values: unknown[]): HtmlEscapedString {
  return html(strings, ...values) as HtmlEscapedString;
}

/** Horizontal grid lines with their values at the left, from 0 to the last tick (which is the top of the plot). */
export function renderYAxis(ticks: number[], format: (value: number) => string): HtmlEscapedString {
  const top = ticks.at(-1) || 1;
  const lines = ticks.map((tick) => {
    const y = coord(plot.bottom - (tick / top) * plot.height);
    const label = format(tick);
    return svg`<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${y}" y2="${y}" stroke="currentColor" stroke-opacity="${tick === 0 ? 0.6 : 0.15}"/>${label ? svg`<text x="${plot.left - 4}" y="${coord(y + 3.5)}" text-anchor="end">${label}</text>` : ''}`;
  });
  return svg`<g class="y-axis" fill="currentColor">${lines}</g>`;
}

export function renderChartFrame(frame: ChartFrame): HtmlEscapedString {
  const { id } = frame;
  const rows = frame.rows.length
    ? frame.rows.map(
        (cells) => svg`<tr><th scope="row">${cells[0]}</th>${cells.slice(1).map((c) => svg`<td>${c}</td>`)}</tr>`,
      )
    : svg`<tr><td colspan="${frame.columns.length}">${frame.emptyText}</td></tr>`;
  return svg`<figure class="chart" id="${id}">
<svg role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" viewBox="0 0 ${box.width} ${frame.height ?? box.height}" width="100%" preserveAspectRatio="xMidYMid meet" style="display:block;height:auto;max-width:28rem" font-family="system-ui, sans-serif" font-size="12">
<title id="${id}-title">${frame.title}</title>
<desc id="${id}-desc">${frame.description}</desc>
${frame.body}
</svg>
<table class="visually-hidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">
<caption>${frame.title}</caption>
<thead><tr>${frame.columns.map((c) => svg`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
</figure>`;
}
