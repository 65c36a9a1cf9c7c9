import { describe, expect, it } from 'vitest';
import { isCommonWord, isOrdinaryPhrase } from './common-words.js';

describe('isCommonWord', () => {
  it.each([
    'mine',
    'Moving',
    'stranger',
    'SIGNAL',
    'goblin',
    'kingdom',
    'hometown',
    'start',
    'up',
    'the',
    "it's",
    'Goblin’s',
    '2521',
    'Kim',
  ])('%s is ordinary', (word) => expect(isCommonWord(word)).toBe(true));
  it.each(['Vincenzo', 'playlist', 'Itaewon', 'dokkaebi', 'hellbound', 'haebang'])('%s is not', (word) =>
    expect(isCommonWord(word)).toBe(false),
  );
});

describe('isOrdinaryPhrase', () => {
  it.each([
    [['Mine'], true],
    [['Start', 'Up'], true],
    [['Glory'], true],
    [['Vincenzo'], false],
    [['Hospital', 'Playlist'], false],
    [['Itaewon', 'Class'], false],
    [['Crash', 'Landing', 'on', 'You'], false],
    [['My', 'Liberation', 'Notes'], false],
    [[], false],
  ])('%j -> %s', (words, ordinary) => {
    expect(isOrdinaryPhrase(words)).toBe(ordinary);
  });
});
