import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './build-name-index.js';
import { findNames } from './find-names.js';
import { latinReadings } from './latin-readings.js';
import { typoSpellings } from './syllable-spellings.js';

describe('latinReadings', () => {
  it.each([
    ['Lee Jun-ho', '이준호'],
    ['Woo Young-woo', '우영우'],
    ['Kim Ji-won', '김지원'],
    ['Jiwon', '지원'],
  ])('reads %s as %s among its first readings', (name, hangul) => {
    expect(latinReadings(name).map((r) => r.syllables.join(''))).toContain(hangul);
  });

  it('has no reading for a name that is not Korean', () => {
    expect(latinReadings('Frank')).toEqual([]);
    expect(latinReadings('Vincenzo Cassano')).toEqual([]);
  });

  it('says how many syllables the first word spells', () => {
    expect(latinReadings('Lee Jun-ho')[0].first).toBe(1);
  });
});

describe('typoSpellings', () => {
  it.each([
    ['수', 'so'],
    ['원', 'woon'],
    ['혁', 'huk'],
  ])('%s may be misspelt %s', (syllable, typo) => {
    expect(typoSpellings(syllable)).toContain(typo);
  });
});

describe('characters known only in Latin letters', () => {
  const index = buildNameIndex([
    { key: 'show/Lee Jun-ho', kind: 'character', names: ['Lee Jun-ho'] },
    { key: 'show/Woo Young-woo', kind: 'character', names: ['Woo Young-woo'] },
  ]);
  it.each(['Lee Joon-ho', 'Lee Jun Ho', 'LEE JUN-HO', 'Lee Junho', 'Woo Young Woo', 'Woo Yeong-u', 'Young-woo'])(
    'finds "%s"',
    (written) => {
      const [m] = findNames(`Then ${written} smiled.`, index);
      expect(m?.text).toBe(written);
    },
  );
});

describe('misspelt names on generated spellings', () => {
  const people = [
    { key: 'a', kind: 'person' as const, hangul: '김수현', names: ['Kim Soo-hyun'] },
    { key: 'b', kind: 'person' as const, hangul: '남주혁', names: ['Nam Joo-hyuk'] },
    { key: 'c', kind: 'person' as const, hangul: '김지원', names: ['Kim Ji-won'] },
  ];
  const index = buildNameIndex(people);
  const slips: Array<[string, string]> = [
    ['Kim So Hyun', 'a'],
    ['Nam Joo Huk', 'b'],
    ['Kim Ji Woon', 'c'],
  ];
  it('reads one slip in a name of three syllables as fuzzy, never two', () => {
    fc.assert(
      fc.property(fc.constantFrom(...slips), fc.constantFrom(' ', '-'), ([written, key], joiner) => {
        const text = written.replace(/ (\w+)$/, `${joiner}$1`);
        const [m] = findNames(`Fans met ${text} today.`, index);
        expect(m.candidates[0]).toMatchObject({ key, fuzzy: true });
      }),
    );
    expect(findNames('Fans met Kim So Woon today.', index)).toEqual([]);
  });
});
