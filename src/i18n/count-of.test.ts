import { describe, expect, it } from 'vitest';
import { countOf } from './count-of.js';

describe('countOf', () => {
  it.each([
    [0, 'item', undefined, '0 items'],
    [1, 'item', undefined, '1 item'],
    [2, 'item', undefined, '2 items'],
    [1, 'person', 'people', '1 person'],
    [3, 'person', 'people', '3 people'],
    [1, 'older entry', 'older entries', '1 older entry'],
  ])('%d %s', (n, one, many, expected) => {
    expect(countOf(n, one, many)).toBe(expected);
  });
});
