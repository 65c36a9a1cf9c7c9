import { describe, expect, it } from 'vitest';
import {
  describeReason,
  type GateHorizon,
  gateItem,
  hidingReasons,
  passesGate,
  type ReaderState,
} from './gate-items.js';

const state = (progress: Record<string, number>, extra: Partial<ReaderState> = {}): ReaderState => ({
  progress: new Map(Object.entries(progress)),
  reveals: new Set(),
  unfollowedPolicy: 'hide',
  ...extra,
});
const item = { id: 'i1', title: 'Episode 11 ends with a confession' };
const mln = (n: number) => [{ showId: 'mln', throughEpisode: n }];

describe('gateItem', () => {
  it.each([
    ['an episode watched', mln(10), state({ mln: 10 }), true],
    ['the next episode', mln(11), state({ mln: 10 }), false],
    ['pre-air news of a show not started', mln(0), state({ mln: 0 }), true],
    ['a show not followed, plot hidden', mln(3), state({}), false],
    ['a show not followed, everything shown', mln(3), state({}, { unfollowedPolicy: 'show' }), true],
    ['pre-air news of a show not followed', mln(0), state({}), true],
    ['no horizon at all', [], state({}), true],
    [
      'one of two shows past progress',
      [...mln(2), { showId: 'goblin', throughEpisode: 9 }],
      state({ mln: 5, goblin: 8 }),
      false,
    ],
    ['revealed by the reader', mln(16), state({ mln: 1 }, { reveals: new Set(['i1']) }), true],
  ])('%s', (_name, horizons, reader, visible) => {
    const result = gateItem(item, horizons, reader);
    expect('shown' in result).toBe(visible);
  });

  it('gives a hidden card nothing of the item but its id, and the reasons', () => {
    const result = gateItem(item, mln(11), state({ mln: 10 }));
    expect(result).toEqual({
      hidden: { id: 'i1', hidden: true, reasons: [{ showId: 'mln', throughEpisode: 11, watched: 10 }] },
    });
    expect(JSON.stringify(result)).not.toContain('confession');
  });

  it('marks an item shown because it was revealed', () => {
    const result = gateItem(item, mln(16), state({ mln: 1 }, { reveals: new Set(['i1']) }));
    expect('shown' in result && result.shown.revealed).toBe(true);
  });

  it.each([
    [{ showId: 'mln', throughEpisode: 11, watched: 10 }, 'reveals My Liberation Notes ep. 11; you are at ep. 10'],
    [{ showId: 'mln', throughEpisode: 2, watched: 0 }, "reveals My Liberation Notes ep. 2; you haven't started it"],
    [{ showId: 'mln', throughEpisode: 5, watched: null }, "reveals My Liberation Notes ep. 5; you don't follow it"],
  ])('says why: %o', (reason, text) => {
    expect(describeReason(reason, 'My Liberation Notes')).toBe(text);
  });
});

describe('passesGate', () => {
  // Every combination of horizon (followed or not, past progress or not, pre-air, unsure), policies and reveal.
  const horizons: GateHorizon[][] = [
    [],
    mln(0),
    mln(3),
    mln(11),
    [{ showId: 'mln', throughEpisode: 11, confidence: 0.5 }],
    [{ showId: 'mln', throughEpisode: 11, confidence: 0.9 }],
    [{ showId: 'goblin', throughEpisode: 4 }],
    [{ showId: 'goblin', throughEpisode: 4, confidence: 0.3 }],
    [...mln(2), { showId: 'goblin', throughEpisode: 9 }],
    [{ showId: 'mln', throughEpisode: 12, confidence: 0.2 }, ...mln(1)],
  ];
  const states: ReaderState[] = [];
  for (const unfollowedPolicy of ['hide', 'show'] as const)
    for (const unsurePolicy of ['hide', 'warn', undefined] as const)
      for (const reveals of [new Set<string>(), new Set(['i1'])])
        for (const progress of [{}, { mln: 10 }, { mln: 0, goblin: 9 }] as Record<string, number>[])
          states.push(state(progress, { unfollowedPolicy, unsurePolicy, reveals }));

  it('decides as hidingReasons and gateItem do, for every horizon and reader', () => {
    let compared = 0;
    for (const h of horizons)
      for (const s of states) {
        const expected = s.reveals.has('i1') || !hidingReasons(h, s).length;
        expect(passesGate('i1', h, s), JSON.stringify({ h, s: { ...s, progress: [...s.progress] } })).toBe(expected);
        expect('shown' in gateItem(item, h, s)).toBe(expected);
        compared++;
      }
    expect(compared).toBe(horizons.length * 36);
  });
});
