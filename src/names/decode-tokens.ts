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

/**
 * How one word splits into syllable spellings, whatever the catalog's names: per position, the syllables a spelling
 * starting there reads as (flat triples: end position, syllable code, log weight), and the syllables the rest of
 * the word may be a slip for.
 */
export interface Lattice {
  edges: number[][];
  slips: Array<number[] | undefined>;
}

const honorifics = new Set(['mr', 'ms', 'mrs', 'miss']);
/** The edges of a position no spelling starts at (shared: a lattice is only read). */
const noEdges: number[] = [];
/** Words already split, per index: a text's capitalised words recur ("Netflix", "Kim"). */
const lattices = new WeakMap<NameIndex, Map<string, Lattice>>();

function latticeOf(word: string, index: NameIndex): Lattice {
  let cache = lattices.get(index);
  if (!cache) {
    cache = new Map();
    lattices.set(index, cache);
  }
  let lattice = cache.get(word);
  if (lattice) return lattice;
  lattice = { edges: [], slips: [] };
  for (let pos = 0; pos < word.length; pos++) {
    const edges: number[] = [];
    for (let k = 1; k <= index.maxSpelling && pos + k <= word.length; k++)
      for (const [syllable, weight] of index.spellings.get(word.slice(pos, pos + k)) ?? [])
        edges.push(pos + k, syllable.charCodeAt(0), Math.log(weight));
    lattice.edges.push(edges.length ? edges.slice() : noEdges);
    const slips = index.typos.get(word.slice(pos));
    lattice.slips.push(slips && [...slips].map((s) => s.charCodeAt(0)));
  }
  // Copies of the lists at their length: a list grown by push keeps room for 16 more, which in a full cache of
  // 20,000 words is ~10 MB.
  lattice = { edges: lattice.edges.slice(), slips: lattice.slips.slice() };
  if (cache.size >= 20_000) cache.clear();
  cache.set(word, lattice);
  return lattice;
}

interface Walk {
  index: NameIndex;
  words: Lattice[];
  lengths: number[];
  from: number;
  found: Map<number, Map<number, Decoded>>;
}

function walk(c: Walk, node: number, w: number, pos: number, logWeight: number, syllables: number, typos: number) {
  const trie = c.index.roman;
  if (pos === c.lengths[w]) {
    // One slip per name at most, and never in a name of fewer than three syllables.
    const k = trie.keyAt[node];
    if (k >= 0 && (typos === 0 || (typos === 1 && syllables >= 3))) {
      const at = c.found.get(c.from + w) ?? new Map<number, Decoded>();
      c.found.set(c.from + w, at);
      for (let e = trie.endStart[k]; e < trie.endStart[k + 1]; e++) {
        const entity = trie.endEntity[e];
        const { form, factor } = nameForms[trie.endForm[e]];
        const score = Math.exp(logWeight / Math.max(1, syllables)) * factor;
        const prev = at.get(entity);
        if (!prev || prev.score < score)
          at.set(entity, { key: c.index.entities[entity], form, score, fuzzy: typos > 0, entity });
      }
    }
    if (w + 1 < c.words.length && hasChildren(trie, node)) walk(c, node, w + 1, 0, logWeight, syllables, typos);
    return;
  }
  const lattice = c.words[w];
  // One slip per name at most, a whole word ("So", "Woon", "Huk"), and not its first syllable (a family name is
  // written right).
  const slips = typos === 0 && syllables > 0 ? lattice.slips[pos] : undefined;
  if (slips)
    for (const code of slips) {
      const child = childOf(trie, node, code);
      if (child >= 0) walk(c, child, w, c.lengths[w], logWeight + LOG_TYPO, syllables + 1, 1);
    }
  const edges = lattice.edges[pos];
  for (let e = 0; e < edges.length; e += 3) {
    const child = childOf(trie, node, edges[e + 1]);
    if (child >= 0) walk(c, child, w, edges[e], logWeight + edges[e + 2], syllables + 1, typos);
  }
}

/**
 * Reads the tokens from `first` on as catalog names, in one walk along the trie of catalog names: each token is
 * split into syllable spellings (a token boundary is always a syllable boundary). Returns, for every last token
 * `j` at which a name ends, the entries tokens first..j spell, each with a score: the geometric mean of the
 * spellings' weights times the form's factor.
 */
export function decodeRun(
  tokens: LatinToken[],
  first: number,
  last: number,
  index: NameIndex,
  /** The tokens' lattices by token, kept by the caller across the runs of one text (a token is in up to five). */
  memo: Array<Lattice | undefined> = [],
): Map<number, Decoded[]> {
  let start = 0;
  let from = first;
  if (last > first && honorifics.has(tokens[first].text.toLowerCase())) {
    start = childOf(index.roman, 0, honorificEdge.charCodeAt(0));
    if (start < 0) return new Map();
    from = first + 1;
  }
  const c: Walk = { index, words: [], lengths: [], from, found: new Map() };
  for (let t = from; t <= last; t++) {
    let lattice = memo[t];
    if (!lattice) {
      lattice = latticeOf(tokens[t].text.toLowerCase(), index);
      memo[t] = lattice;
    }
    c.words.push(lattice);
    c.lengths.push(tokens[t].text.length);
  }
  if (c.words.length) walk(c, start, 0, 0, 0, 0, 0);
  const out = new Map<number, Decoded[]>();
  for (const [j, byKey] of c.found) out.set(j, [...byKey.values()]);
  return out;
}
