import { type CompactText, compactText, endsToken, HANGUL, HARD_BREAK, TOKEN_START, tokenEnd } from './compact-text.js';
import { isHangulParticle } from './hangul-particles.js';
import { childOf } from './key-table.js';
import { isApostrophe } from './normalize-title.js';
import type { KeyTable } from './title-types.js';

/** A key found in a text: `start`/`end` are offsets of the words that spell it (no "'s", no particle). */
export interface TitleHit {
  keyIndex: number;
  start: number;
  end: number;
  /** How many words of the text spell the key ("Start Up": 2, "StartUp": 1). */
  words: number;
}

/**
 * Every indexed key that a text spells out, starting at a word and ending at a word's end, before a possessive
 * "'s", or before a Korean particle. One pass over the text: from each word start the key trie is walked code unit
 * by code unit, so the work per word is bounded by the longest key that begins there.
 */
export function scanTitles(text: string, table: KeyTable): TitleHit[] {
  const ct = compactText(text);
  const { codes, flags, length: n } = ct;
  const hits: TitleHit[] = [];
  for (let s = 0; s + 1 < n; s++) {
    if (!(flags[s] & TOKEN_START)) continue;
    let node = childOf(table, 0, codes[s]);
    let words = 1;
    for (let k = s + 1; node >= 0 && k < n && !(flags[k] & HARD_BREAK); k++) {
      if (flags[k] & TOKEN_START) words++;
      node = childOf(table, node, codes[k]);
      if (node < 0) break;
      const key = table.keyAt[node];
      if (key < 0) continue;
      const end = keyEnd(ct, text, k);
      if (end >= 0) hits.push({ keyIndex: key, start: ct.pos[s], end, words });
    }
  }
  return hits;
}

/** Where a key whose last code unit is `e` ends in the text, or -1 when it ends inside a word. */
function keyEnd(ct: CompactText, text: string, e: number): number {
  const end = ct.pos[e] + 1;
  if (endsToken(ct, e)) return end;
  if (!(ct.flags[e] & HANGUL)) {
    const possessive = isApostrophe(text.charCodeAt(end)) && ct.codes[e + 1] === 0x73 && endsToken(ct, e + 1);
    return possessive ? end : -1;
  }
  const last = tokenEnd(ct, e);
  let rest = '';
  for (let k = e + 1; k <= last; k++) {
    if (!(ct.flags[k] & HANGUL) || k - e > 4) return -1;
    rest += String.fromCharCode(ct.codes[k]);
  }
  return isHangulParticle(rest) ? end : -1;
}
