import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks.js';

describe('niceTicks', () => {
  it.each([
    { name: 'ratings up to 6.7', max: 6.7, integer: false, expected: [0, 2, 4, 6, 8] },
    { name: 'ratings up to 19.1', max: 19.1, integer: false, expected: [0, 5, 10, 15, 20] },
    { name: 'small ratings', max: 0.9, integer: false, expected: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { name: 'an exact top', max: 10, integer: false, expected: [0, 2, 4, 6, 8, 10] },
    { name: 'no data', max: 0, integer: true, expected: [0, 1] },
    { name: 'one item', max: 1, integer: true, expected: [0, 1] },
    { name: 'three items', max: 3, integer: true, expected: [0, 1, 2, 3] },
    { name: 'many items', max: 1234, integer: true, expected: [0, 500, 1000, 1500] },
  ])('$name', ({ max, integer, expected }) => {
    expect(niceTicks(max, 5, integer)).toEqual(expected);
  });
});
