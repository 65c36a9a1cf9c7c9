import { honorificEdge } from './build-name-index.js';
import { type NameForm, type NameIndex, nameForms } from './name-types.js';
import { childOf, hasChildren } from './packed-trie.js';
import { TYPO_WEIGHT } from './syllable-spellings.js';
import type { LatinToken } from './tokenize-latin.js';

const LOG_TYPO = Math.log(TYPO_WEIGHT);

export interface Decoded {
  key: string;
  form: NameForm;
  score: number;
  /** Read through a misspelt syllable. */
  fuzzy: boolean;
  /** The entry's number in `NameIndex.entities`. */
  entity: number;
}

const honorifics = new Set(['mr', 'ms', 'mrs', 'miss']);

/**
 * Reads the tokens from `first` on as catalog names, in one walk along the trie of catalog names: each token is
 * split into syllable spellings (a token boundary is always a syllable boundary). Returns, for every last token
 * `j` at which a name ends, the entries tokens first..j spell, each with a score: the geometric mean of the
 * spellings' weights times the form's factor.
 */
export function decodeRun(tokens: LatinToken[], first: number, last: number, index: NameIndex): Map<number, Decoded[]> {
  const found = new Map<number, Map<number, Decoded>>();
  const trie = index.roman;
  let start = 0;
  let from = first;
  if (last > first && honorifics.has(tokens[first].text.toLowerCase())) {
    const h = childOf(trie, 0, honorificEdge.charCodeAt(0));
    if (h < 0) return new Map();
    start = h;
    from = first + 1;
  }
  const words: string[] = [];
  for (let t = from; t <= last; t++) words.push(tokens[t].text.toLowerCase());
  const walk = (node: number, w: number, pos: number, logWeight: number, syllables: number, typos: number) => {
    const word = words[w];
    if (pos === word.length) {
      // One slip per name at most, and never in a name of fewer than three syllables.
      const k = trie.keyAt[node];
      if (k >= 0 && (typos === 0 || (typos === 1 && syllables >= 3))) {
        const at = found.get(from + w) ?? new Map<number, Decoded>();
        found.set(from + w, at);
        for (let e = trie.endStart[k]; e < trie.endStart[k + 1]; e++) {
          const entity = trie.endEntity[e];
          const { form, factor } = nameForms[trie.endForm[e]];
          const score = Math.exp(logWeight / Math.max(1, syllables)) * factor;
          const prev = at.get(entity);
          if (!prev || prev.score < score)
            at.set(entity, { key: index.entities[entity], form, score, fuzzy: typos > 0, entity });
        }
      }
      if (w + 1 < words.length && hasChildren(trie, node)) walk(node, w + 1, 0, logWeight, syllables, typos);
      return;
    }
    // One slip per name at most, a whole word ("So", "Woon", "Huk"), and not its first syllable (a family name is
    // written right).
    const slips = typos === 0 && syllables > 0 ? index.typos.get(word.slice(pos)) : undefined;
    if (slips)
      for (const syllable of slips) {
        const child = childOf(trie, node, syllable.charCodeAt(0));
        if (child >= 0) walk(child, w, word.length, logWeight + LOG_TYPO, syllables + 1, 1);
      }
    for (let k = 1; k <= index.maxSpelling && pos + k <= word.length; k++) {
      const spelling = word.slice(pos, pos + k);
      const syllablesHere = index.spellings.get(spelling);
      if (syllablesHere)
        for (const [syllable, weight] of syllablesHere) {
          const child = childOf(trie, node, syllable.charCodeAt(0));
          if (child >= 0) walk(child, w, pos + k, logWeight + Math.log(weight), syllables + 1, typos);
        }
    }
  };
  if (words.length) walk(start, 0, 0, 0, 0, 0);
  const out = new Map<number, Decoded[]>();
  for (const [j, byKey] of found) out.set(j, [...byKey.values()]);
  return out;
}
