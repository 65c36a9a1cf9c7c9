import { html } from 'hono/html';
import type { Html } from './render-layout.js';

const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** An air date (a Korean calendar date, YYYY-MM-DD) as `<time>`, written out without shifting it to another day. */
export function renderAirDate(date: string | null): Html | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return null;
  return html`<time datetime="${date}">${format.format(parsed)}</time>`;
}
