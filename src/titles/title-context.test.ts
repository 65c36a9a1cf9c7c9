import { describe, expect, it } from 'vitest';
import {
  hasDramaWord,
  isHeadlineCased,
  isQuoted,
  isSentenceInitial,
  matchCasing,
  nextWordCapitalized,
  sentenceBounds,
} from './title-context.js';

/** The span of the first `word` in `text`. */
const at = (text: string, word: string): [number, number] => {
  const s = text.indexOf(word);
  return [s, s + word.length];
};

describe('isQuoted', () => {
  it.each([
    ['in “Mine” now', true],
    ['in ‘Mine’ now', true],
    ['in «Mine» now', true],
    ['in 『Mine』 now', true],
    ['in “Mine,” she said', true],
    ['in “Mine and more” now', false],
    ['in Mine now', false],
    ['“That is Mine', false],
  ])('%s -> %s', (text, quoted) => {
    expect(isQuoted(text, ...at(text, 'Mine'))).toBe(quoted);
  });
});

describe('matchCasing', () => {
  it.each([
    ['Start-Up', 'capitalized'],
    ['StartUp', 'capitalized'],
    ['Start-up', 'lower'],
    ['Crash Landing on You', 'capitalized'],
    ['on You', 'lower'],
    ['MINE', 'capitalized'],
    ['2521', 'none'],
    ['나의 해방일지', 'none'],
  ])('%s -> %s', (span, casing) => {
    expect(matchCasing(span, 0, span.length)).toBe(casing);
  });
});

describe('isSentenceInitial', () => {
  it.each([
    ['Mine is here.', true],
    ['So. Mine is here.', true],
    ['So. “Mine” is here.', true],
    ['Note: Mine is here.', true],
    ['First line\nMine is here.', true],
    ['I love Mine a lot.', false],
    ['I love “Mine” a lot.', false],
  ])('%s -> %s', (text, initial) => {
    expect(isSentenceInitial(text, text.indexOf('Mine'))).toBe(initial);
  });
});

describe('isHeadlineCased', () => {
  it.each([
    ['Son Suk Ku And Kim Ji Won’s Kiss Scene In K-Drama Looked Totally Different Off-Screen', true],
    ['MOVING TOPS THE CHARTS AGAIN', true],
    ['The drama was moving and the cast thanked viewers warmly.', false],
    ['Lee Bo-young won for Mine last year.', false],
    ['Short Line', false],
  ])('%s -> %s', (line, cased) => {
    expect(isHeadlineCased(line, 0, line.length)).toBe(cased);
  });
});

describe('nextWordCapitalized', () => {
  it.each([
    ['Stranger Things', true],
    ['Stranger things', false],
    ['Stranger, Things', false],
    ['Stranger’s Ending', true],
    ['Stranger', false],
  ])('%s -> %s', (text, capitalized) => {
    expect(nextWordCapitalized(text, 'Stranger'.length)).toBe(capitalized);
  });
});

describe('sentenceBounds and hasDramaWord', () => {
  const text = 'First one. Moving is the drama of the year! Last one.';
  it('bounds the sentence', () => {
    const [s, e] = sentenceBounds(text, text.indexOf('Moving'));
    expect(text.slice(s, e)).toBe('Moving is the drama of the year');
  });
  it.each([
    ['the K-drama', true],
    ['two kdramas', true],
    ['a new series', true],
    ['드라마 마인은', true],
    ['a dramatic turn', false],
    ['the show', false],
  ])('%s -> %s', (span, drama) => {
    expect(hasDramaWord(span, 0, span.length)).toBe(drama);
  });
});
