import { describe, expect, it } from 'vitest';
import { countSyllables, romanizedKeys } from './romanize-title.js';

describe('romanizedKeys', () => {
  it.each([
    ['나의 해방일지', ['nauihaebangilji', 'naeuihaebangilji', 'nauihaebangnilji']],
    ['이상한 변호사 우영우', ['isanghanbyeonhosauyeongu', 'isanghanbyonhosauyongu']],
    ['스물다섯 스물하나', ['seumuldaseotseumulhana', 'sumuldaseotsumulhana', 'sumuldasotsumulhana']],
    ['도깨비', ['dokkaebi']],
    ['응답하라 1988', ['eungdaphara1988', 'ungdaphara1988', 'eungdapara1988']],
  ])('%s', (hangul, expected) => {
    const keys = romanizedKeys(hangul);
    for (const key of expected) expect(keys).toContain(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(['마인', '무빙', '킹덤'])('none for the two-syllable %s', (hangul) => {
    expect(romanizedKeys(hangul)).toEqual([]);
  });

  it('keeps the per-syllable spelling first', () => {
    expect(romanizedKeys('비밀의 숲')[0]).toBe('bimiluisup');
  });
});

describe('countSyllables', () => {
  it.each([
    ['나의 해방일지', 6],
    ['SKY 캐슬', 2],
    ['', 0],
  ])('%s has %i', (text, n) => expect(countSyllables(text)).toBe(n));
});
