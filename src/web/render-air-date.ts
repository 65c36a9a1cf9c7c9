import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { Html } from './render-layout.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An air date (a Korean calendar date, YYYY-MM-DD) as `<time>`, written out without shifting it to another day. */
export function renderAirDate(date: string | null, t: Translate): Html | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return null;
  const locale = t('date.locale');
  const format = formats.get(locale) ?? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  formats.set(locale, format);
  return html`<time datetime="${date}">${format.format(parsed)}</time>`;
}
