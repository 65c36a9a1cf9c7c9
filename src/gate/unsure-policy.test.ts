import { describe, expect, it } from 'vitest';
import { describeWarning, type GateHorizon, gateItem, hidingReasons, type ReaderState } from './gate-items.js';

const reader = (progress: Record<string, number>, extra: Partial<ReaderState> = {}): ReaderState => ({
  progress: new Map(Object.entries(progress)),
  reveals: new Set(),
  unfollowedPolicy: 'hide',
  ...extra,
});
const warn = { unsurePolicy: 'warn' } as const;
const item = { id: 'i1', title: 'Episode 14 ends with a confession' };
const h = (showId: string, throughEpisode: number, confidence?: number): GateHorizon => ({
  showId,
  throughEpisode,
  ...(confidence === undefined ? {} : { confidence }),
});

describe('the reading policy for unsure horizons', () => {
  it.each([
    // name, horizons, reader, shown, warnings (show ids)
    ['unsure past progress, default policy: hidden', [h('cam', 14, 0.6)], reader({ cam: 10 }), false, []],
    [
      'unsure past progress, policy hide: hidden',
      [h('cam', 14, 0.6)],
      reader({ cam: 10 }, { unsurePolicy: 'hide' }),
      false,
      [],
    ],
    [
      'unsure past progress, policy warn: shown with a warning',
      [h('cam', 14, 0.6)],
      reader({ cam: 10 }, warn),
      true,
      ['cam'],
    ],
    ['sure past progress, policy warn: hidden', [h('cam', 14, 0.9)], reader({ cam: 10 }, warn), false, []],
    ['0.7 is sure: hidden', [h('cam', 14, 0.7)], reader({ cam: 10 }, warn), false, []],
    ['no confidence stored counts as sure', [h('cam', 14)], reader({ cam: 10 }, warn), false, []],
    ['unsure within progress: shown, no warning', [h('cam', 8, 0.4)], reader({ cam: 10 }, warn), true, []],
    [
      'one sure and one unsure past progress: hidden',
      [h('cam', 14, 0.6), h('mln', 12, 0.9)],
      reader({ cam: 10, mln: 11 }, warn),
      false,
      [],
    ],
    [
      'two unsure past progress: shown, both warned of',
      [h('cam', 14, 0.6), h('mln', 12, 0.4)],
      reader({ cam: 10, mln: 11 }, warn),
      true,
      ['cam', 'mln'],
    ],
    ['unsure of a show not followed, its plot hidden: hidden', [h('cam', 14, 0.6)], reader({}, warn), false, []],
    [
      'unsure of a show not followed, everything shown: shown, no warning',
      [h('cam', 14, 0.6)],
      reader({}, { ...warn, unfollowedPolicy: 'show' }),
      true,
      [],
    ],
    [
      'revealed by the reader: shown, no warning',
      [h('cam', 14, 0.6)],
      reader({ cam: 1 }, { ...warn, reveals: new Set(['i1']) }),
      true,
      [],
    ],
  ])('%s', (_name, horizons, state, visible, warned) => {
    const result = gateItem(item, horizons, state);
    expect('shown' in result).toBe(visible);
    if ('shown' in result) expect(result.shown.warnings.map((w) => w.showId)).toEqual(warned);
    expect(hidingReasons(horizons, state).length === 0 || state.reveals.has(item.id)).toBe(visible);
  });

  it('marks the reasons of a hidden card that are unsure', () => {
    const result = gateItem(item, [h('cam', 14, 0.6), h('mln', 12, 0.9)], reader({ cam: 10, mln: 11 }, warn));
    expect(result).toEqual({
      hidden: {
        id: 'i1',
        hidden: true,
        reasons: [
          { showId: 'cam', throughEpisode: 14, watched: 10, unsure: true },
          { showId: 'mln', throughEpisode: 12, watched: 11 },
        ],
      },
    });
  });

  it('says what a warning is about', () => {
    expect(
      describeWarning({ showId: 'cam', throughEpisode: 14, watched: 10, unsure: true }, 'When the Camellia Blooms'),
    ).toBe('may reveal When the Camellia Blooms ep. 14 (the analyser is unsure of the episode); you are at ep. 10');
  });
});
