import { honorificEdge } from './build-name-index.js';
import type { NameForm, NameIndex, TrieNode } from './name-types.js';
import type { LatinToken } from './tokenize-latin.js';

export interface Decoded {
  key: string;
  form: NameForm;
  score: number;
}

const honorifics = new Set(['mr', 'ms', 'mrs', 'miss']);

/**
 * Reads a run of tokens as one catalog name: each token is split into syllable spellings along the trie of catalog
 * names (a token boundary is always a syllable boundary). Returns every entry the whole run spells, with a score: the
 * geometric mean of the spellings' weights times the form's factor.
 */
export function decodeTokens(tokens: LatinToken[], index: NameIndex): Decoded[] {
  let start = index.roman;
  let first = 0;
  if (tokens.length > 1 && honorifics.has(tokens[0].text.toLowerCase())) {
    const h = index.roman.children.get(honorificEdge);
    if (!h) return [];
    start = h;
    first = 1;
  }
  const words = tokens.slice(first).map((t) => t.text.toLowerCase());
  const out = new Map<string, Decoded>();
  const walk = (node: TrieNode, w: number, pos: number, logWeight: number, syllables: number) => {
    if (pos === words[w].length) {
      if (w === words.length - 1) {
        for (const end of node.ends) {
          const score = Math.exp(logWeight / Math.max(1, syllables)) * end.factor;
          const prev = out.get(end.key);
          if (!prev || prev.score < score) out.set(end.key, { key: end.key, form: end.form, score });
        }
        return;
      }
      return walk(node, w + 1, 0, logWeight, syllables);
    }
    const word = words[w];
    for (let k = 1; k <= index.maxSpelling && pos + k <= word.length; k++) {
      const syllablesHere = index.spellings.get(word.slice(pos, pos + k));
      if (!syllablesHere) continue;
      for (const [syllable, weight] of syllablesHere) {
        const child = node.children.get(syllable);
        if (child) walk(child, w, pos + k, logWeight + Math.log(weight), syllables + 1);
      }
    }
  };
  if (words.length) walk(start, 0, 0, 0, 0);
  return [...out.values()];
}
