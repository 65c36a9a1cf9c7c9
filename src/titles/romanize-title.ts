import { romanize } from 'es-hangul';
import { foldCode, isHangulSyllable } from './normalize-title.js';

/**
 * Romanized keys of a Hangul title, compared like any key (case, spaces and hyphens ignored): the Revised
 * Romanization of each syllable on its own ("나의 해방일지" -> "nauihaebangilji", as in "Naui Haebang Ilji" or
 * "Na-ui Haebangilji"), the same with the usual press spellings of ㅓ ("eo"/"o"), ㅡ ("eu"/"u") and ㅢ ("ui"/"eui"),
 * and the romanization of the whole title with its sound changes ("haebangnilji").
 */

const syllableCache = new Map<string, string>();

function romanizeSyllable(syllable: string): string {
  let r = syllableCache.get(syllable);
  if (r === undefined) {
    r = romanize(syllable).toLowerCase();
    syllableCache.set(syllable, r);
  }
  return r;
}

/** Each spelling choice rewrites every syllable's romanization the same way. */
const choices: Array<[RegExp, string]> = [
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/ui/g, 'eui'],
];

/** Titles this short romanize to strings that are too easily something else. */
export const MIN_ROMANIZED_SYLLABLES = 3;

export function countSyllables(hangul: string): number {
  let n = 0;
  for (let i = 0; i < hangul.length; i++) if (isHangulSyllable(hangul.charCodeAt(i))) n++;
  return n;
}

function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code > 0) out += String.fromCharCode(code);
  }
  return out;
}

/** The romanized keys of a Hangul title, best first; none for titles of fewer than three syllables. */
export function romanizedKeys(hangul: string): string[] {
  if (countSyllables(hangul) < MIN_ROMANIZED_SYLLABLES) return [];
  const parts: string[] = [];
  for (const ch of hangul) {
    if (isHangulSyllable(ch.charCodeAt(0))) parts.push(romanizeSyllable(ch));
    else {
      const folded = fold(ch);
      if (folded) parts.push(folded);
    }
  }
  const keys = new Set<string>([parts.join('')]);
  const applicable = choices.filter(([re]) => parts.some((p) => p.search(re) >= 0));
  for (let mask = 1; mask < 1 << applicable.length; mask++) {
    let variant = parts;
    applicable.forEach(([re, to], bit) => {
      if (mask & (1 << bit)) variant = variant.map((p) => p.replace(re, to));
    });
    keys.add(variant.join(''));
  }
  keys.add(fold(romanize(hangul)));
  return [...keys].filter((k) => k.length >= 2);
}
