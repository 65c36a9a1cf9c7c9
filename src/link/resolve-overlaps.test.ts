import { describe, expect, it } from 'vitest';
import type { Mention } from '../analyze/analysis-types.js';
import { resolveOverlaps } from './resolve-overlaps.js';

const m = (kind: Mention['kind'], start: number, end: number, confidence = 0.9): Mention => ({
  kind,
  start,
  end,
  text: 'x'.repeat(end - start),
  id: `${kind}-${start}`,
  confidence,
});

describe('resolveOverlaps', () => {
  it.each([
    ['keeps disjoint mentions in order', [m('person', 10, 15), m('show', 0, 5)], ['show-0', 'person-10']],
    ['longest span wins', [m('character', 5, 15), m('show', 0, 25)], ['show-0']],
    ['equal spans go to the surer kind', [m('network', 0, 4), m('show', 0, 4)], ['show-0']],
    ['equal spans and kind go to confidence', [m('person', 0, 4, 0.5), { ...m('person', 0, 4, 0.8), id: 'b' }], ['b']],
    ['partial overlaps keep the longer', [m('person', 0, 10), m('show', 8, 12)], ['person-0']],
  ])('%s', (_name, input, ids) => {
    expect(resolveOverlaps(input).map((x) => x.id)).toEqual(ids);
  });

  it('never returns overlapping spans', () => {
    const out = resolveOverlaps([m('show', 0, 10), m('person', 5, 20), m('network', 19, 30), m('character', 25, 27)]);
    for (let i = 1; i < out.length; i++) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
  });
});
