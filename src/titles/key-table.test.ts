import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trieKeys } from '../names/packed-trie.js';
import { buildKeyTable, lookupKey } from './key-table.js';
import type { IndexedForm } from './title-types.js';

const form = (show: number): IndexedForm => ({ show, form: 'title', weak: false, hadThe: false, words: 1 });

describe('buildKeyTable', () => {
  const table = buildKeyTable([
    ['startup', form(0)],
    ['start', form(1)],
    ['startup', form(2)],
    ['signal', form(3)],
    ['나의해방일지', form(4)],
    ['x', form(5)],
  ]);

  it.each([
    ['startup', [0, 2]],
    ['start', [1]],
    ['signal', [3]],
    ['나의해방일지', [4]],
    ['star', undefined],
    ['startups', undefined],
    ['x', undefined],
    ['', undefined],
  ])('%s -> %j', (key, shows) => {
    expect(lookupKey(table, key)?.map((f) => f.show)).toEqual(shows);
  });

  it('keys are sorted and unique, and every key ends at one trie node', () => {
    const keys = trieKeys(table);
    expect(keys).toEqual(['signal', 'start', 'startup', '나의해방일지']);
    expect(table.maxLength).toBe(7);
    const ends = [...table.keyAt].filter((k) => k >= 0).sort((a, b) => a - b);
    expect(ends).toEqual(keys.map((_, i) => i));
    expect(table.firstEdge[table.firstEdge.length - 1]).toBe(table.edgeCode.length);
  });

  it('finds exactly the keys it holds', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeé해방'), minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (keys, probe) => {
        const t = buildKeyTable(keys.map((k, i) => [k, form(i)]));
        for (const [i, k] of keys.entries()) if (k.length >= 2) expect(lookupKey(t, k)?.[0].show).toBe(i);
        expect(lookupKey(t, probe) !== undefined).toBe(probe.length >= 2 && keys.includes(probe));
      }),
      { numRuns: 200 },
    );
  });
});
