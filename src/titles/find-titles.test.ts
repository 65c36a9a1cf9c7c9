import { describe, expect, it } from 'vitest';
import { findTitles } from './find-titles.js';
import { testIndex } from './title-fixtures.js';

/** [matched text, show id] pairs, in text order. */
const found = (text: string) => findTitles(text, testIndex()).map((m) => [m.text, m.showId]);

describe('findTitles: the ways a title is written', () => {
  it.each([
    ['the title', 'Fans adore My Liberation Notes this spring.', [['My Liberation Notes', 'my-liberation-notes']]],
    ['an alias', 'It is also called My Liberation Diary abroad.', [['My Liberation Diary', 'my-liberation-notes']]],
    ['all capitals', 'WATCH MY LIBERATION NOTES TONIGHT', [['MY LIBERATION NOTES', 'my-liberation-notes']]],
    ['all lower case', 'i rewatched my liberation notes twice', [['my liberation notes', 'my-liberation-notes']]],
    [
      'a longer multi-word title',
      'She binged Crash Landing on You in a week.',
      [['Crash Landing on You', 'crash-landing']],
    ],
    ['Start-Up hyphenated', 'He starred in Start-Up opposite Suzy.', [['Start-Up', 'start-up']]],
    ['Start Up spaced', 'He starred in Start Up opposite Suzy.', [['Start Up', 'start-up']]],
    ['StartUp run together', 'He starred in StartUp opposite Suzy.', [['StartUp', 'start-up']]],
    [
      'a curly apostrophe',
      'I loved What’s Wrong with Secretary Kim so much.',
      [['What’s Wrong with Secretary Kim', 'secretary-kim']],
    ],
    [
      'a straight apostrophe',
      "I loved What's Wrong with Secretary Kim so much.",
      [["What's Wrong with Secretary Kim", 'secretary-kim']],
    ],
    [
      'no apostrophe',
      'I loved Whats Wrong With Secretary Kim so much.',
      [['Whats Wrong With Secretary Kim', 'secretary-kim']],
    ],
    ['hyphenated numbers', 'Twenty-Five Twenty-One ended well.', [['Twenty-Five Twenty-One', 'twenty-five']]],
    ['spaced numbers', 'We cried at Twenty Five Twenty One again.', [['Twenty Five Twenty One', 'twenty-five']]],
    ['a title with a full stop', 'Kim Tae-ri led Mr. Sunshine in 2018.', [['Mr. Sunshine', 'mr-sunshine']]],
    ['an uncommon one-word title', 'Song Joong-ki returns in Vincenzo today.', [['Vincenzo', 'vincenzo']]],
    ['a one-word title in lower case', 'Song Joong-ki returns in vincenzo mode.', []],
    ['a one-word title in lower case, drama nearby', 'the drama vincenzo returns', [['vincenzo', 'vincenzo']]],
    ['a possessive', 'Vincenzo’s finale drew record ratings.', [['Vincenzo', 'vincenzo']]],
    ['a possessive of a weak title', 'Critics praised Goblin’s ending twice.', [['Goblin', 'goblin']]],
    ['"The" written as in the title', 'They watched The Glory in one night.', [['The Glory', 'the-glory']]],
    ['"The" dropped', 'Song Hye-kyo is back in Glory, a revenge tale.', [['Glory', 'the-glory']]],
    ['"The" added to a title without it', 'Fans of the Vincenzo finale cheered.', [['Vincenzo', 'vincenzo']]],
    [
      'a multi-word alias with "The" inside',
      'Guardian: The Lonely and Great God aired in 2016.',
      [['Guardian: The Lonely and Great God', 'goblin']],
    ],
    ['an acronym alias in capitals', 'Everyone still talks about CLOY today.', [['CLOY', 'crash-landing']]],
    ['accents folded', 'A Vincénzo fan page opened.', [['Vincénzo', 'vincenzo']]],
    ['not inside a longer word', 'The Vincenzoland theme park is fictional.', []],
    ['not across a line break', 'We love Crash Landing\non You', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findTitles: quotes of every kind', () => {
  const quotes = ['“”', '‘’', '""', "''", '«»', '「」', '『』', '《》', '〈〉'];
  it.each(quotes)('%s around a title (the span leaves the quotes out)', (pair) => {
    const text = `She is in ${pair[0]}Signal${pair[1]} now.`;
    const [m] = findTitles(text, testIndex());
    expect(m).toMatchObject({ text: 'Signal', showId: 'signal', quoted: true });
    expect(text.slice(m.start, m.end)).toBe('Signal');
  });

  it('a comma inside the closing quote still counts', () => {
    expect(findTitles('Her latest, “Mine,” drew praise.', testIndex())[0]).toMatchObject({
      showId: 'mine',
      quoted: true,
    });
  });
});

describe('findTitles: Hangul and romanized titles', () => {
  it.each([
    ['the Hangul title', '나의 해방일지 재방송', [['나의 해방일지', 'my-liberation-notes']]],
    ['without its space', '나의해방일지 재방송', [['나의해방일지', 'my-liberation-notes']]],
    ['with a topic particle', '나의 해방일지는 명작이다', [['나의 해방일지', 'my-liberation-notes']]],
    ['with a locative particle', '슬기로운 의사생활에서 가장 좋은 장면', [['슬기로운 의사생활', 'hospital-playlist']]],
    ['with extra spaces', '슬기로운 의사 생활 재방송', [['슬기로운 의사 생활', 'hospital-playlist']]],
    ['in Korean quotes', '드라마 『빈센조』의 결말', [['빈센조', 'vincenzo']]],
    ['Latin and Hangul mixed', 'SKY 캐슬은 화제작이었다', [['SKY 캐슬', 'sky-castle']]],
    ['not inside a longer word', '해방일지를 썼다', []],
    ['not before a non-particle', '빈센조니아 공화국', []],
    [
      'romanized, per syllable',
      'Fans call it Naui Haebang Ilji at home.',
      [['Naui Haebang Ilji', 'my-liberation-notes']],
    ],
    [
      'romanized with hyphens',
      'Fans call it Na-ui Haebangilji at home.',
      [['Na-ui Haebangilji', 'my-liberation-notes']],
    ],
    [
      'romanized with "eui"',
      'Fans call it Naeui Haebang Ilji at home.',
      [['Naeui Haebang Ilji', 'my-liberation-notes']],
    ],
    [
      'romanized with sound changes',
      'Fans call it Na-ui Haebangnilji at home.',
      [['Na-ui Haebangnilji', 'my-liberation-notes']],
    ],
    ['romanized with "o" for ㅓ', 'The original Isanghan Byonhosa Uyoungu is long.', []],
    [
      'romanized ㅓ as "o"',
      'The original Isanghan Byonhosa Uyongu aired.',
      [['Isanghan Byonhosa Uyongu', 'extraordinary-attorney-woo']],
    ],
    ['romanized ㅡ as "u"', 'Sumuldaseot Sumulhana is its Korean name.', [['Sumuldaseot Sumulhana', 'twenty-five']]],
    ['romanized in lower case is not enough', 'naui haebang ilji was typed here', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports the form that matched', () => {
    const forms = findTitles('My Liberation Diary (나의 해방일지, Naui Haebang Ilji)', testIndex()).map((m) => m.form);
    expect(forms).toEqual(['alias', 'hangul', 'romanized']);
  });
});
