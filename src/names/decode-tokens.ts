import { honorificEdge } from './build-name-index.js';
import type { NameForm, NameIndex, TrieNode } from './name-types.js';
import { TYPO_WEIGHT } from './syllable-spellings.js';

const LOG_TYPO = Math.log(TYPO_WEIGHT);

import type { LatinToken } from './tokenize-latin.js';

export interface Decoded {
  key: string;
  form: NameForm;
  score: number;
  /** Read through a misspelt syllable. */
  fuzzy: boolean;
}

const honorifics = new Set(['mr', 'ms', 'mrs', 'miss']);

/**
 * Reads the tokens from `first` on as catalog names, in one walk along the trie of catalog names: each token is
 * split into syllable spellings (a token boundary is always a syllable boundary). Returns, for every last token
 * `j` at which a name ends, the entries tokens first..j spell, each with a score: the geometric mean of the
 * spellings' weights times the form's factor.
 */
export function decodeRun(tokens: LatinToken[], first: number, last: number, index: NameIndex): Map<number, Decoded[]> {
  const found = new Map<number, Map<string, Decoded>>();
  let start = index.roman;
  let from = first;
  if (last > first && honorifics.has(tokens[first].text.toLowerCase())) {
    const h = index.roman.children.get(honorificEdge);
    if (!h) return new Map();
    start = h;
    from = first + 1;
  }
  const words: string[] = [];
  for (let t = from; t <= last; t++) words.push(tokens[t].text.toLowerCase());
  const walk = (node: TrieNode, w: number, pos: number, logWeight: number, syllables: number, typos: number) => {
    const word = words[w];
    if (pos === word.length) {
      // One slip per name at most, and never in a name of fewer than three syllables.
      if (node.ends.length && (typos === 0 || (typos === 1 && syllables >= 3))) {
        const at = found.get(from + w) ?? new Map<string, Decoded>();
        found.set(from + w, at);
        for (const end of node.ends) {
          const score = Math.exp(logWeight / Math.max(1, syllables)) * end.factor;
          const prev = at.get(end.key);
          if (!prev || prev.score < score) at.set(end.key, { key: end.key, form: end.form, score, fuzzy: typos > 0 });
        }
      }
      if (w + 1 < words.length && node.children.size) walk(node, w + 1, 0, logWeight, syllables, typos);
      return;
    }
    // One slip per name at most, a whole word ("So", "Woon", "Huk"), and not its first syllable (a family name is
    // written right).
    const slips = typos === 0 && syllables > 0 ? index.typos.get(word.slice(pos)) : undefined;
    if (slips)
      for (const syllable of slips) {
        const child = node.children.get(syllable);
        if (child) walk(child, w, word.length, logWeight + LOG_TYPO, syllables + 1, 1);
      }
    for (let k = 1; k <= index.maxSpelling && pos + k <= word.length; k++) {
      const spelling = word.slice(pos, pos + k);
      const syllablesHere = index.spellings.get(spelling);
      if (syllablesHere)
        for (const [syllable, weight] of syllablesHere) {
          const child = node.children.get(syllable);
          if (child) walk(child, w, pos + k, logWeight + Math.log(weight), syllables + 1, typos);
        }
    }
  };
  if (words.length) walk(start, 0, 0, 0, 0, 0);
  const out = new Map<number, Decoded[]>();
  for (const [j, byKey] of found) out.set(j, [...byKey.values()]);
  return out;
}
