/**
 * The normal form titles are compared in: case folded, accents stripped, apostrophes inside words dropped ("What's"
 * -> "whats"), every other mark a word break, and the words run together ("Start-Up", "Start Up", "StartUp" ->
 * "startup"). Hangul syllables stand as they are ("나의 해방일지" -> "나의해방일지").
 */

const foldCache = new Map<number, number>();

export const isHangulSyllable = (code: number) => code >= 0xac00 && code <= 0xd7a3;
export const isApostrophe = (code: number) =>
  code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x60 || code === 0x2bc;
const isCombiningMark = (code: number) => code >= 0x300 && code <= 0x36f;

/** The folded code unit of a word character, 0 for a mark that joins (combining accents), -1 for a break. */
export function foldCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return code;
    if (code >= 0x41 && code <= 0x5a) return code + 32;
    if (code >= 0x30 && code <= 0x39) return code;
    return -1;
  }
  if (isHangulSyllable(code)) return code;
  if (isCombiningMark(code)) return 0;
  if (code >= 0x2000 && code <= 0x206f) return -1; // general punctuation: quotes, dashes, spaces
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(code);
  let folded = -1;
  if (/[\p{L}\p{N}]/u.test(ch)) {
    const base = ch.normalize('NFD').toLowerCase();
    folded = base.length > 0 ? base.charCodeAt(0) : -1;
  }
  foldCache.set(code, folded);
  return folded;
}

/** Whether a Latin (or other cased) letter is upper case. */
export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The words of a title as written ("What's", "Wrong", ...), "&" read as "and". */
export function titleWords(title: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    const folded = foldCode(code);
    if (folded > 0) {
      current += title[i];
      continue;
    }
    if (folded === 0) continue;
    const joins = isApostrophe(code) && current && foldCode(title.charCodeAt(i + 1)) > 0;
    if (joins) {
      current += title[i];
      continue;
    }
    if (current) words.push(current);
    current = '';
    if (code === 0x26) words.push('and');
  }
  if (current) words.push(current);
  return words;
}

/** The compact key of some words: folded and run together. */
export function compactWords(words: string[]): string {
  let key = '';
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const folded = foldCode(word.charCodeAt(i));
      if (folded > 0) key += String.fromCharCode(folded);
    }
  return key;
}

export interface TitleKey {
  key: string;
  /** The words the key is made of (without a leading "The"). */
  words: string[];
  hadThe: boolean;
}

/** The key a title is indexed under; a leading "The" is left out, so that it may be dropped or added in a text. */
export function titleKey(title: string): TitleKey {
  const words = titleWords(title);
  const hadThe = words.length > 1 && words[0].toLowerCase() === 'the';
  const rest = hadThe ? words.slice(1) : words;
  return { key: compactWords(rest), words: rest, hadThe };
}
