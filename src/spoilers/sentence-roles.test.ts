import { describe, expect, it } from 'vitest';
import { type SentenceRole, sentenceRole } from './sentence-roles.js';
import { isKorean } from './split-sentences.js';

const role = (text: string, namesCharacter = false) =>
  sentenceRole(
    { start: 0, end: text.length, text, block: 'paragraph', blockIndex: 1, korean: isKorean(text) },
    { namesCharacter },
  );

describe('sentenceRole: how the press words what a sentence does', () => {
  it.each<[string, string, boolean, SentenceRole]>([
    // "In the end" closes the events told, usually one episode's: plot, not the story's ending.
    ['in the end is the end of the events told', 'In the end, she chooses to stay in the village.', false, 'plot'],
    ['the series ending is still an ending', 'The series ends with the two of them opening the shop.', false, 'ending'],
    // "Married" as a state is the setup; marrying is an event.
    ['married as a state', 'They have been married for ten years and barely speak at dinner.', false, 'other'],
    ['marrying told among the setup', 'It turns out the married couple next door are her parents.', false, 'plot'],
    ['getting married is an event', 'She married him in the last scene of the night.', false, 'plot'],
    // A cliffhanger alone says an episode ended in suspense, not what happened.
    ['a bare cliffhanger', 'Part 1 ended on a cliffhanger, and they had to wait three months.', false, 'other'],
    ['the cliffhanger where', 'The cliffhanger where she opens the door still haunts fans.', false, 'plot'],
    // Attention focused on the ending is promotion, not the ending told.
    [
      'Korean: attention on the ending',
      '마지막까지 예측할 수 없는 두 사람의 결말에 관심이 집중되고 있다.',
      false,
      'promotion',
    ],
    ['Korean: eyes on the finale', '두 사람의 결말에 시청자들의 이목이 쏠린다.', false, 'promotion'],
    // A release announced is scheduling.
    ['a part released', 'The second part of the thriller is finally here for subscribers.', false, 'production'],
    ['a season dropped', 'The new season has dropped on the streaming service this morning.', false, 'production'],
  ])('%s', (_name, text, namesCharacter, expected) => {
    expect(role(text, namesCharacter)).toBe(expected);
  });
});
