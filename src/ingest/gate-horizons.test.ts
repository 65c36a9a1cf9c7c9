import { describe, expect, it } from 'vitest';
import type { Analysis, Evidence } from '../analyze/analysis-types.js';
import { gateItem, type ReaderState } from '../gate/gate-items.js';
import { episodeView } from '../reader/read-show.js';
import type { Reader } from '../reader/reader-deps.js';
import { analysisRows } from './load-analyzer.js';

const evidence = (rule: string) => [{ text: 'x', start: 0, end: 1, rule }];
const analysis = (over: Partial<Analysis>): Analysis => ({
  title: null,
  published: '2024-04-08',
  kind: 'ratings',
  shows: [],
  people: [],
  characters: [],
  networks: [],
  mentions: [],
  spoilers: [],
  ratings: [],
  structure: [],
  ...over,
});

describe('the horizons the gate holds an item to', () => {
  it.each([
    ['ratings only', [], [10], [{ through: 10, rules: ['ratings'] }]],
    ['ratings past the plot horizon', [8], [10], [{ through: 10, rules: ['plot', 'ratings'] }]],
    ['plot past the ratings', [12], [10], [{ through: 12, rules: ['plot'] }]],
    ['neither', [], [], []],
  ] as const)('%s', (_name, plot, ratings, expected) => {
    const rows = analysisRows(
      analysis({
        spoilers: plot.map((n) => ({
          show: 'queen-of-tears',
          throughEpisode: n,
          confidence: 0.9,
          evidence: evidence('plot'),
        })),
        ratings: ratings.map((n) => ({
          show: 'queen-of-tears',
          episode: n,
          confidence: 0.9,
          evidence: evidence('ratings'),
        })),
      }),
      'test',
    );
    expect(
      rows.horizons.map((h) => ({ through: h.throughEpisode, rules: (h.evidence as Evidence[]).map((e) => e.rule) })),
    ).toEqual(expected);
    // The stored analysis keeps the plot horizon apart: the ratings raise only what the gate holds it to.
    expect((rows.analysis as Analysis).spoilers.map((s) => s.throughEpisode)).toEqual(plot);
  });

  it("hides an item reporting episode 10's ratings exactly when the show page hides that rating", () => {
    const rows = analysisRows(
      analysis({ ratings: [{ show: 'queen-of-tears', episode: 10, confidence: 0.9, evidence: evidence('ratings') }] }),
      'test',
    );
    const horizons = rows.horizons.map((h) => ({ showId: h.showId, throughEpisode: h.throughEpisode }));
    const states: ReaderState[] = [
      ...Array.from({ length: 17 }, (_, p) => ({
        progress: new Map([['queen-of-tears', p]]),
        reveals: new Set<string>(),
        unfollowedPolicy: 'hide' as const,
      })),
      { progress: new Map(), reveals: new Set(), unfollowedPolicy: 'hide' },
      { progress: new Map(), reveals: new Set(), unfollowedPolicy: 'show' },
    ];
    for (const state of states) {
      const reader: Reader = {
        user: { id: 1, name: 'a', role: 'member', unfollowedPolicy: state.unfollowedPolicy },
        state,
      };
      const chart = episodeView({ number: 10, airDate: '2024-04-07', rating: 14.1 }, 'queen-of-tears', reader);
      const gated = gateItem({ id: 'i' }, horizons, state);
      expect('hidden' in gated, `progress ${state.progress.get('queen-of-tears')}, ${state.unfollowedPolicy}`).toBe(
        chart.ratingHidden,
      );
    }
  });
});
