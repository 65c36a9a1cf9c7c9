import { describe, expect, it } from 'vitest';
import { en } from './messages-en.js';
import { ko } from './messages-ko.js';
import { translator } from './translate.js';

/** Messages without Hangul on purpose (names, codes, a locale tag). */
const sameInBoth = new Set<string>(['layout.title', 'date.locale', 'show.to']);

const sample = { title: 'T', n: 3, count: 3, name: 'N', show: 'S', episode: 4, total: 16, line: 7, date: 'D' };

describe('the string catalogues', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ko))
      expect(typeof value === 'function' ? value(sample as never) : value, key).not.toBe('');
  });

  it('translate every message to Korean (Hangul in each, unless it is the same on purpose)', () => {
    const t = translator('ko');
    const untranslated = Object.keys(en).filter((key) => {
      if (sameInBoth.has(key)) return false;
      const text = (t as (k: string, p: unknown) => string)(key, sample);
      return !/[\uac00-\ud7a3]/.test(text);
    });
    expect(untranslated).toEqual([]);
  });

  it('fill in parameters', () => {
    expect(translator('en')('layout.title', { title: 'Feed' })).toBe('Feed · haebang');
    expect(translator('ko')('nav.feed')).toBe('피드');
  });
});
