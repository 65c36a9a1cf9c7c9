import { describe, expect, it } from 'vitest';
import { type EpisodeView, renderRatingsChart } from './render-ratings-chart.js';

const ep = (number: number, rating: number | null, ratingHidden = false): EpisodeView => ({
  number,
  airDate: `2022-05-${String(number).padStart(2, '0')}`,
  rating,
  ratingHidden,
  watched: !ratingHidden,
});

/** Sixteen episodes: 1-10 watched with ratings, 11-16 hidden. The hidden ones carry a (wrong) rating of 9.87 that the
 * chart must never print: the service sends null, but the renderer must not rely on it. */
const liberation = Array.from({ length: 16 }, (_, i) =>
  i < 10 ? ep(i + 1, [3.2, 3.4, 3.1, 3.6, 4.1, 4.3, 4.9, 5.4, 5.5, 6.0][i]) : ep(i + 1, 9.87, true),
);

const cases: Array<{ name: string; episodes: EpisodeView[]; expected: string[]; absent?: string[] }> = [
  {
    name: 'a watched run and a hidden run',
    episodes: liberation,
    expected: [
      'role="img" aria-labelledby="ratings-chart-title" aria-describedby="ratings-chart-desc"',
      'viewBox="0 0 360 200" width="100%"',
      '<title id="ratings-chart-title">Ratings by episode</title>',
      '16 episodes. Ratings shown for 10: from 3.1% (episode 3) to 6.0% (episode 10). 6 hidden until you watch them.',
      '<title>Episode 8: 5.4%</title>',
      '<g class="hidden-rating"><rect x="236" y="14" width="115" height="150"',
      'fill="url(#ratings-chart-hatch)"',
      '>hidden</text>',
      '<text x="49.75" y="177" text-anchor="middle">1</text>',
      '<text x="36" y="167.5" text-anchor="end">0%</text>',
      '<text x="36" y="17.5" text-anchor="end">6%</text>',
      '<rect x="218.43" y="14" width="13.65" height="150"><title>Episode 10: 6.0%</title></rect>',
      '<th scope="row">11</th><td>2022-05-11</td><td>hidden until you watch it</td>',
      '<th scope="row">10</th><td>2022-05-10</td><td>6.0%</td>',
      '<caption>Ratings by episode</caption>',
      'class="visually-hidden"',
    ],
    absent: ['9.87', '10%'],
  },
  {
    name: 'a single hidden episode is a narrow slot with a vertical label',
    episodes: Array.from({ length: 12 }, (_, i) => (i === 2 ? ep(3, 9.87, true) : ep(i + 1, 5 + i / 10))),
    expected: ['transform="rotate(-90', '1 hidden until you watch it.', '<td>hidden until you watch it</td>'],
    absent: ['9.87'],
  },
  {
    name: 'an episode without a known rating',
    episodes: [ep(1, 1.2), ep(2, null)],
    expected: ['Rating shown for episode 1: 1.2%. 1 without a known rating.', '<td>not known</td>'],
    absent: ['>hidden<', 'hidden until'],
  },
  {
    name: 'no rating known yet: a short frame with a line of text',
    episodes: [ep(1, null), ep(2, null)],
    expected: ['viewBox="0 0 360 40"', '>No ratings in the catalog yet</text>', '<td>not known</td>'],
    absent: ['<rect', 'y-axis'],
  },
  {
    name: 'no episodes',
    episodes: [],
    expected: ['No episodes in the catalog', '<td colspan="3">No episodes in the catalog</td>'],
    absent: ['<rect'],
  },
  {
    name: 'a long daily drama labels every eighth episode',
    episodes: Array.from({ length: 120 }, (_, i) => ep(i + 1, 10 + (i % 7))),
    expected: ['>1</text>', '>9</text>', '>113</text>', '120 episodes.'],
    absent: ['>2</text>', '>120</text>'],
  },
  {
    name: 'all hidden: no scale from hidden numbers',
    episodes: [ep(1, 30.5, true), ep(2, 31.5, true)],
    expected: ['2 episodes. 2 hidden until you watch them.', 'fill="url(#ratings-chart-hatch)"'],
    absent: ['30.5', '31.5', '<title>Episode', '%</text>'],
  },
];

describe('renderRatingsChart', () => {
  it.each(cases)('$name', ({ episodes, expected, absent }) => {
    const out = String(renderRatingsChart(episodes));
    for (const fragment of expected) expect(out).toContain(fragment);
    for (const fragment of absent ?? []) expect(out).not.toContain(fragment);
  });

  it('uses the given id for every id and reference', () => {
    const out = String(renderRatingsChart(liberation, 'r2'));
    expect(out).toContain('id="r2-title"');
    expect(out).toContain('url(#r2-hatch)');
    expect(out).not.toContain('ratings-chart');
  });
});
