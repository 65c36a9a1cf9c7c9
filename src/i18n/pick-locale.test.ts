import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale.js';

describe('pickLocale', () => {
  it.each([
    [null, undefined, 'en'],
    [null, '', 'en'],
    [null, 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    [null, 'en-US,en;q=0.9,ko;q=0.8', 'en'],
    [null, 'fr-FR,fr;q=0.9,ko;q=0.5', 'ko'],
    [null, 'ja, zh;q=0.5', 'en'],
    [null, 'en;q=0.2, KO;q=0.7', 'ko'],
    [null, 'ko;q=0, en;q=0.1', 'en'],
    [null, 'ko;q=abc', 'en'],
    ['auto', 'ko', 'ko'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
  ] as const)('setting %s, Accept-Language %j → %s', (setting, header, expected) => {
    expect(pickLocale(setting, header)).toBe(expected);
  });
});
