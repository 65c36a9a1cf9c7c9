import { describe, expect, it } from 'vitest';
import { compactWords, foldCode, titleKey, titleWords } from './normalize-title.js';

describe('titleKey', () => {
  it.each([
    ['My Liberation Notes', 'myliberationnotes', false],
    ['MY LIBERATION NOTES', 'myliberationnotes', false],
    ['Start-Up', 'startup', false],
    ['Start Up', 'startup', false],
    ['StartUp', 'startup', false],
    ["What's Wrong with Secretary Kim", 'whatswrongwithsecretarykim', false],
    ['What’s Wrong with Secretary Kim', 'whatswrongwithsecretarykim', false],
    ['Twenty-Five Twenty-One', 'twentyfivetwentyone', false],
    ['The Glory', 'glory', true],
    ['The', 'the', false],
    ['Theodore', 'theodore', false],
    ['Mr. Sunshine', 'mrsunshine', false],
    ['Love & War', 'loveandwar', false],
    ['Café Minamdang', 'cafeminamdang', false],
    ['나의 해방일지', '나의해방일지', false],
    ['SKY 캐슬', 'sky캐슬', false],
    ['Guardian: The Lonely and Great God', 'guardianthelonelyandgreatgod', false],
  ])('%s -> %s', (title, key, hadThe) => {
    expect(titleKey(title)).toMatchObject({ key, hadThe });
  });
});

describe('titleWords', () => {
  it.each([
    ["What's Wrong", ["What's", 'Wrong']],
    ['Start-Up', ['Start', 'Up']],
    ["'Signal'", ['Signal']],
    ['Love & War', ['Love', 'and', 'War']],
    ['나의 해방일지', ['나의', '해방일지']],
  ])('%s', (title, words) => {
    expect(titleWords(title)).toEqual(words);
  });
});

describe('foldCode', () => {
  it.each([
    ['a', 'a'],
    ['Z', 'z'],
    ['7', '7'],
    ['é', 'e'],
    ['Ö', 'o'],
    ['해', '해'],
  ])('%s folds to %s', (ch, folded) => {
    expect(String.fromCharCode(foldCode(ch.charCodeAt(0)))).toBe(folded);
  });

  it.each([' ', '-', '’', '“', '.', '+'])('%s is a break', (ch) => {
    expect(foldCode(ch.charCodeAt(0))).toBe(-1);
  });

  it('a combining accent joins', () => {
    expect(foldCode(0x301)).toBe(0);
    expect(compactWords(['Cafe\u0301'])).toBe('cafe');
  });
});
