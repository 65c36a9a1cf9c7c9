import { describe, expect, it } from 'vitest';
import { findTitles } from './find-titles.js';
import { testIndex } from './title-fixtures.js';
import type { SupportSpan } from './title-types.js';

const ids = (text: string, support: SupportSpan[] = []) => findTitles(text, testIndex(), support).map((m) => m.showId);

describe('findTitles: ordinary-word titles need support', () => {
  it.each([
    ['moving house', 'I was moving house all weekend.'],
    ['a stranger on the train', 'She met a stranger on the train.'],
    ['the signal was weak', 'Out there the signal was weak.'],
    ["that's mine", "Don't touch it, that's mine."],
    ['sentence-initial Mine', 'Mine is the blue one.'],
    ['sentence-initial Moving', 'Moving on, the cast thanked fans.'],
    ['a startup company', 'He founded a start-up in Pangyo.'],
    ['a kingdom of old', 'The kingdom fell in 668.'],
    ['hometown, lower case', 'She returned to her hometown in May.'],
    ['part of a longer name', 'She watched Stranger Things all night.'],
    ['part of a longer name, mid-sentence', 'They toured Signal Hill in Cape Town.'],
    ['part of a longer name with "of"', 'He rewatched Kingdom of Heaven last night.'],
    ['after another capitalised word', 'They stayed at Hotel Signal near the station.'],
    ['a strong title split otherwise, in lower case', 'It felt like a hell bound train.'],
    ['a Title-Cased headline without drama words', 'Moving Day Tips For Young Families In Seoul'],
    ['lower case even with a drama word', 'The drama was moving and sad.'],
    ['quoted lower case without context', 'He said “mine” twice.'],
    ['the number alias alone', 'There were 2521 votes.'],
    ['a two-syllable Hangul title alone', '마인 크래프트 게임'],
  ])('%s: no link', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['quotes', 'Lee Bo-young won for “Mine” last year.', ['mine']],
    ['after a possessive network', 'Viewers love Netflix’s Kingdom, a zombie epic.', ['kingdom']],
    ['after "The"', 'Critics called The Signal overrated.', ['signal']],
    ['after a capitalised drama word', 'The K-Drama Mine ended well.', ['mine']],
    ['a strong title split otherwise, capitalised', 'Fans of Hell Bound lined up.', ['hellbound']],
    ['capitals mid-sentence', 'Lee Bo-young won for Mine last year.', ['mine']],
    ['capitals mid-sentence (Start-Up)', 'Suzy returned after Start-Up with a film.', ['start-up']],
    ['sentence-initial with a drama word', 'Moving is the drama everyone is talking about.', ['moving']],
    ['sentence-initial with K-drama after', 'Signal, the K-drama, gets a sequel.', ['signal']],
    ['a headline with K-Drama', 'Why K-Drama Moving Tops The Charts', ['moving']],
    ['a headline with quotes', 'Lee Bo Young Shines In “Mine” Finale', ['mine']],
    ['the show’s network in the paragraph', 'Kingdom returns. Netflix confirmed it today.', ['kingdom']],
    ['the number alias with a drama word', '2521 is the drama of the year.', ['twenty-five']],
    ['a two-syllable Hangul title with 드라마', '드라마 마인은 재미있다', ['mine']],
    ['a two-syllable Hangul title quoted', "'무빙' 시즌2 제작", ['moving']],
  ])('%s: linked', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('another network in the paragraph does not support it', () => {
    expect(ids('Kingdom returns. SBS confirmed it today.')).toEqual([]);
  });

  it('a network in another paragraph does not support it', () => {
    expect(ids('Kingdom returns.\n\nNetflix confirmed a new film.')).toEqual([]);
  });

  it.each([
    ['a cast member in the same sentence', 'Hometown is back, says Lee Do-hyun.', 'hometown', ['hometown']],
    ['a cast member in the same paragraph', 'Hometown is back. Lee Do-hyun said so.', 'hometown', ['hometown']],
    ['a cast member, the title starting the sentence', 'Hometown stars Lee Do-hyun.', 'hometown', ['hometown']],
    ['a cast member of another show', 'Hometown is back. Lee Do-hyun said so.', 'goblin', []],
    ['a cast member in another paragraph', 'Hometown is back.\nLee Do-hyun said so.', 'hometown', []],
  ])('support span: %s', (_name, text, show, expected) => {
    const start = text.indexOf('Lee Do-hyun');
    expect(ids(text, [{ start, end: start + 11, showIds: [show] }])).toEqual(expected);
  });

  it('support raises the confidence of a capitalised mention', () => {
    const text = 'Critics loved Mine. Lee Bo-young starred.';
    const alone = findTitles(text, testIndex())[0].confidence;
    const backed = findTitles(text, testIndex(), [{ start: 20, end: 32, showIds: ['mine'] }])[0].confidence;
    expect(backed).toBeGreaterThan(alone);
  });

  it('strong titles need no support, in any case', () => {
    expect(ids('my liberation notes and hospital playlist')).toEqual(['my-liberation-notes', 'hospital-playlist']);
  });
});
