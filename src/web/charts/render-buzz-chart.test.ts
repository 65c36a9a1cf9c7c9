import { describe, expect, it } from 'vitest';
import { bucketBuzz, type DayCount } from './bucket-buzz.js';
import { renderBuzzChart } from './render-buzz-chart.js';

const day = (offset: number) => new Date(Date.UTC(2022, 3, 9) + offset * 86_400_000).toISOString().slice(0, 10);
/** 1,000 consecutive days from 2022-04-09, 1 to 5 items each (about 2 years and 9 months: weeks). */
const thousand: DayCount[] = Array.from({ length: 1000 }, (_, i) => ({ date: day(i), count: 1 + (i % 5) }));

describe('bucketBuzz', () => {
  it.each([
    { name: 'nothing', points: [], unit: 'day', buckets: [] },
    {
      name: 'gaps filled with zero days, same day added up',
      points: [
        { date: '2022-04-11', count: 2 },
        { date: '2022-04-09', count: 1 },
        { date: '2022-04-11', count: 3 },
      ],
      unit: 'day',
      buckets: [
        { start: '2022-04-09', count: 1 },
        { start: '2022-04-10', count: 0 },
        { start: '2022-04-11', count: 5 },
      ],
    },
    {
      name: 'over three months: weeks from Monday',
      points: [
        { date: '2022-04-09', count: 1 },
        { date: '2022-04-10', count: 2 },
        { date: '2022-07-20', count: 4 },
      ],
      unit: 'week',
      first: { start: '2022-04-04', count: 3 },
      last: { start: '2022-07-18', count: 4 },
      length: 16,
    },
    {
      name: 'over three years: months',
      points: [
        { date: '2019-06-30', count: 1 },
        { date: '2023-01-01', count: 2 },
      ],
      unit: 'month',
      first: { start: '2019-06-01', count: 1 },
      last: { start: '2023-01-01', count: 2 },
      length: 44,
    },
  ])('$name', ({ points, unit, buckets, first, last, length }) => {
    const result = bucketBuzz(points);
    expect(result.unit).toBe(unit);
    if (buckets) expect(result.buckets).toEqual(buckets);
    if (first) expect(result.buckets[0]).toEqual(first);
    if (last) expect(result.buckets.at(-1)).toEqual(last);
    if (length) expect(result.buckets).toHaveLength(length);
  });

  it('keeps every item when aggregating 1,000 days into weeks', () => {
    const { unit, buckets } = bucketBuzz(thousand);
    expect(unit).toBe('week');
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(thousand.reduce((s, p) => s + p.count, 0));
    expect(buckets.length).toBeLessThanOrEqual(160);
  });
});

const cases: Array<{ name: string; points: DayCount[]; expected: string[]; absent?: string[] }> = [
  {
    name: 'no items',
    points: [],
    expected: [
      'role="img" aria-labelledby="buzz-chart-title" aria-describedby="buzz-chart-desc"',
      '<title id="buzz-chart-title">Items per day</title>',
      '<desc id="buzz-chart-desc">No items about this show yet.</desc>',
      '<td colspan="2">No items yet</td>',
      'viewBox="0 0 360 40"',
    ],
    absent: ['<rect'],
  },
  {
    name: 'one day',
    points: [{ date: '2022-04-09', count: 3 }],
    expected: [
      '3 items on 2022-04-09.',
      '<rect x="176" y="14" width="40" height="150"><title>2022-04-09: 3 items</title></rect>',
      '<text x="196" y="177" text-anchor="middle">2022-04-09</text>',
      '<th scope="row">2022-04-09</th><td>3</td>',
    ],
  },
  {
    name: 'a few days with a gap',
    points: [
      { date: '2022-04-09', count: 1 },
      { date: '2022-04-12', count: 4 },
    ],
    expected: [
      '5 items from 2022-04-09 to 2022-04-12, counted by day. The busiest day, 2022-04-12, had 4.',
      '<title>2022-04-09: 1 item</title>',
      '>2022-04-09</text>',
      '>2022-04-10</text>',
      'text-anchor="end">2022-04-12</text>',
      '<tr><th scope="row">2022-04-12</th><td>4</td></tr>',
    ],
    absent: ['<th scope="row">2022-04-10</th>'],
  },
  {
    name: '1,000 days become weeks',
    points: thousand,
    expected: [
      '<title id="buzz-chart-title">Items per week</title>',
      '<th scope="col">Week of</th>',
      'counted by week',
      '<th scope="row">2022-04-04</th><td>3</td>',
      'viewBox="0 0 360 200" width="100%"',
    ],
  },
];

describe('renderBuzzChart', () => {
  it.each(cases)('$name', ({ points, expected, absent }) => {
    const out = String(renderBuzzChart(points));
    for (const fragment of expected) expect(out).toContain(fragment);
    for (const fragment of absent ?? []) expect(out).not.toContain(fragment);
  });

  it('draws 1,000 days in at most 160 bars', () => {
    const out = String(renderBuzzChart(thousand));
    const bars = out.match(/<rect /g) ?? [];
    expect(bars.length).toBeGreaterThan(100);
    expect(bars.length).toBeLessThanOrEqual(160);
  });
});
