import { describe, expect, it } from 'vitest';
import type { Show } from '../catalog/catalog-schema.js';
import { CharacterTable } from './character-table.js';

const show = (id: string, cast?: Show['cast']): Show => ({
  id,
  title: id,
  hangul: id,
  network: 'n',
  episodeCount: 1,
  cast,
});
const shows = [
  show('a', [
    { person: 'p1', character: 'Yeom Mi-jeong', characterHangul: '염미정' },
    { person: 'p2', character: 'Gu' },
    { person: 'p3', character: 'Gu-ssi', characterHangul: '염미정' }, // same key as the first: the first is kept
  ]),
  show('b'),
  show('c', [{ person: 'p2', character: 'Gu' }]),
];
const table = new CharacterTable(shows);

describe('CharacterTable', () => {
  it.each([
    ['a/염미정', { key: 'a/염미정', showId: 'a', name: 'Yeom Mi-jeong', hangul: '염미정', personId: 'p1' }],
    ['a/Gu', { key: 'a/Gu', showId: 'a', name: 'Gu', hangul: undefined, personId: 'p2' }],
    ['c/Gu', { key: 'c/Gu', showId: 'c', name: 'Gu', hangul: undefined, personId: 'p2' }],
    ['b/Gu', undefined],
    ['a/Yeom Mi-jeong', undefined],
    ['', undefined],
  ])('%s -> %j', (key, character) => {
    expect(table.get(key)).toEqual(character);
    expect(table.has(key)).toBe(character !== undefined);
  });

  it('lists the keys in the catalog order, each once', () => {
    expect([...table.keys()]).toEqual(['a/염미정', 'a/Gu', 'c/Gu']);
    expect([...table.values()].map((c) => c.personId)).toEqual(['p1', 'p2', 'p2']);
    expect(table.size).toBe(3);
  });

  it('finds every one of many keys (collisions in its hash table included)', () => {
    const many = Array.from({ length: 50 }, (_, s) =>
      show(
        `s${s}`,
        Array.from({ length: 40 }, (_, i) => ({ person: `p${i}`, character: `C ${i % 30}` })),
      ),
    );
    const big = new CharacterTable(many);
    expect(big.size).toBe(50 * 30);
    for (let s = 0; s < 50; s++)
      for (let i = 0; i < 40; i++) expect(big.get(`s${s}/C ${i % 30}`)?.personId).toBe(`p${i % 30}`);
  });

  it('works again after a structured clone (as an analysis worker gets it) once revived', () => {
    const copy = structuredClone(table);
    expect(typeof copy.get).not.toBe('function');
    const revived = CharacterTable.revive(copy);
    expect(revived.get('a/Gu')).toEqual(table.get('a/Gu'));
    expect([...revived.keys()]).toEqual([...table.keys()]);
    expect(CharacterTable.revive(table)).toBe(table);
  });
});
