import { isUpperLetter } from './normalize-title.js';

/**
 * What the text around a possible title says about it: quotes, capitals and whether they are explained (sentence
 * start, a Title-Cased headline, a longer capitalised name), the sentence and paragraph it is in, drama words nearby.
 */

const openQuotes = new Set([...'“‘"\'«‹「『《〈„‚<＜']);
const closeQuotes = new Set([...'”’"\'»›」』》〉“‘>＞']);
const trailingPunct = new Set([...',.!?;:']);
const sentenceEnds = new Set([...'.!?…:']);
const leadIns = new Set([...' \t"“‘\'«‹「『《〈([']);
/** Words a Title-Cased name leaves in lower case. */
const minorWords = new Set(
  'a an and as at but by for from in into of on or nor the to with vs via per is are be was'.split(' '),
);

/** The title is wrapped in quote marks of any kind (a comma or full stop may sit inside the closing one). */
export function isQuoted(text: string, start: number, end: number): boolean {
  if (start === 0 || !openQuotes.has(text[start - 1])) return false;
  let after = end;
  if (trailingPunct.has(text[after])) after++;
  return closeQuotes.has(text[after] ?? '');
}

export type Casing = 'lower' | 'capitalized' | 'none';

const isLetter = (ch: string) => (ch >= 'a' ? ch <= 'z' || (ch > '\x7f' && /\p{L}/u.test(ch)) : ch >= 'A' && ch <= 'Z');

/** Whether every word of the span (but minor words inside it) begins with a capital; 'none' without Latin words. */
export function matchCasing(text: string, start: number, end: number): Casing {
  let latin = 0;
  let first = true;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (!isLetter(ch) || (i > start && (isLetter(text[i - 1]) || /['’]/.test(text[i - 1])))) continue;
    const wordFirst = first;
    first = false;
    const code = ch.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) continue;
    latin++;
    if (isUpperLetter(ch)) continue;
    let j = i + 1;
    while (j < end && isLetter(text[j])) j++;
    if (!wordFirst && minorWords.has(text.slice(i, j).toLowerCase())) continue;
    return 'lower';
  }
  return latin ? 'capitalized' : 'none';
}

/** Whether the span starts a sentence, a line or a heading, so that its capital says nothing. */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && leadIns.has(text[i])) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || text[i] === '•' || sentenceEnds.has(text[i]);
}

export function lineBounds(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  const e = text.indexOf('\n', pos);
  return [s, e < 0 ? text.length : e];
}

/** A Title-Cased or ALL-CAPS line (a headline), where capitals are no evidence of a name. */
export function isHeadlineCased(text: string, lineStart: number, lineEnd: number): boolean {
  let long = 0;
  let capital = 0;
  let letters = 0;
  let upper = 0;
  for (let i = lineStart; i < lineEnd; ) {
    if (!isLetter(text[i])) {
      i++;
      continue;
    }
    let j = i;
    let wordUpper = 0;
    while (
      j < lineEnd &&
      (isLetter(text[j]) || ((text[j] === "'" || text[j] === '’') && isLetter(text[j + 1] ?? '')))
    ) {
      if (isLetter(text[j])) {
        letters++;
        if (isUpperLetter(text[j])) wordUpper++;
      }
      j++;
    }
    upper += wordUpper;
    if (j - i >= 4 && !minorWords.has(text.slice(i, j).toLowerCase())) {
      long++;
      if (isUpperLetter(text[i])) capital++;
    }
    i = j;
  }
  if (letters >= 8 && upper / letters >= 0.8) return true;
  return long >= 3 && capital / long >= 0.8;
}

/**
 * The span runs on into a longer capitalised name: the word after it (past a possessive) begins with a capital
 * ("Stranger Things"), or is "of" before one ("Kingdom of Heaven").
 */
export function nextWordCapitalized(text: string, end: number): boolean {
  let i = end;
  if (/['’]/.test(text[i] ?? '') && /s/i.test(text[i + 1] ?? '') && !/\p{L}/u.test(text[i + 2] ?? '')) i += 2;
  if (text[i] !== ' ') return false;
  while (text[i] === ' ') i++;
  if (isUpperLetter(text[i] ?? '')) return true;
  const of = /^of (?:the )?(\p{L})/u.exec(text.slice(i, i + 12));
  return !!of && isUpperLetter(of[1]);
}

/**
 * The word right before the span is a capitalised word that no sentence start explains, and neither an article
 * nor a possessive ("Hotel Signal", but not "The Signal", "Netflix’s Kingdom").
 */
export function previousWordCapitalized(text: string, start: number): boolean {
  if (start < 2 || text[start - 1] !== ' ') return false;
  const end = start - 1;
  let s = end;
  while (s > 0 && isLetter(text[s - 1])) s--;
  if (s === end || !isUpperLetter(text[s])) return false;
  if (/^(?:the|a|an)$/i.test(text.slice(s, end))) return false;
  if (s >= 2 && /['’]/.test(text[s - 1]) && text.slice(s, end) === 's') return false;
  return !isSentenceInitial(text, s);
}

const LIMIT = 240;

/** The sentence around `pos`, looked for no further than a few lines either way. */
export function sentenceBounds(text: string, pos: number): [number, number] {
  let s = pos;
  const min = Math.max(0, pos - LIMIT);
  while (s > min && !(text[s - 1] === '\n' || (/[.!?]/.test(text[s - 1]) && /\s/.test(text[s] ?? '')))) s--;
  while (s < pos && /\s/.test(text[s])) s++;
  let e = pos;
  const max = Math.min(text.length, pos + LIMIT);
  while (e < max && text[e] !== '\n' && !(/[.!?]/.test(text[e]) && /\s/.test(text[e + 1] ?? ' '))) e++;
  return [s, e];
}

/** Words that say a show is meant: drama words, and episode talk (a text about episodes is about a show). */
const dramaWords =
  /\b(?:k-?dramas?|dramas?|series|miniseries|sitcoms?|episodes?|eps?\.?\s?\d+|finale|premiere|recap|season|OST)\b|\d+\s*(?:회|화)|최종회|드라마|시리즈|방송|시청률/i;

/** A word that says a show is meant ("drama", "K-drama", "series", "드라마") within the range. */
export function hasDramaWord(text: string, from: number, to: number): boolean {
  return dramaWords.test(text.slice(from, to));
}
