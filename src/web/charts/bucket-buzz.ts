/** A number of items on one KST day (YYYY-MM-DD), as the show page's `buzz` gives them. */
export interface DayCount {
  date: string;
  count: number;
}

export type BuzzUnit = 'day' | 'week' | 'month';

export interface BuzzBucket {
  /** The first day of the bucket (a Monday for weeks, the 1st for months). */
  start: string;
  count: number;
}

/** Spans of at most this many days are drawn day by day; up to `maxWeeks` weeks week by week; longer ones by month. */
export const maxDays = 92;
export const maxWeeks = 160;

const dayMs = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
const fromDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
/** Days since the epoch (a Thursday) back to that week's Monday. */
const mondayOf = (day: number) => day - ((day + 3) % 7);

/**
 * Counts per day into the buckets a chart draws: every day from the first to the last (days without items count 0)
 * while the span is short, else weeks starting on Monday, else calendar months. Counts on the same day are added up.
 */
export function bucketBuzz(points: readonly DayCount[]): { unit: BuzzUnit; buckets: BuzzBucket[] } {
  const valid = points.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date) && !Number.isNaN(toDay(p.date)));
  if (!valid.length) return { unit: 'day', buckets: [] };
  const days = valid.map((p) => toDay(p.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  let unit: BuzzUnit = 'day';
  if (last - first + 1 > maxDays) unit = (mondayOf(last) - mondayOf(first)) / 7 + 1 > maxWeeks ? 'month' : 'week';

  const keyOf = (day: number): string =>
    unit === 'day' ? fromDay(day) : unit === 'week' ? fromDay(mondayOf(day)) : `${fromDay(day).slice(0, 7)}-01`;
  const counts = new Map<string, number>();
  valid.forEach((p, i) => {
    const key = keyOf(days[i]);
    counts.set(key, (counts.get(key) ?? 0) + p.count);
  });

  const buckets: BuzzBucket[] = [];
  for (let key = keyOf(first); key <= keyOf(last); key = next(key, unit))
    buckets.push({ start: key, count: counts.get(key) ?? 0 });
  return { unit, buckets };
}

function next(key: string, unit: BuzzUnit): string {
  if (unit === 'day') return fromDay(toDay(key) + 1);
  if (unit === 'week') return fromDay(toDay(key) + 7);
  const [year, month] = key.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
