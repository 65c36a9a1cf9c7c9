import { primarySpellings, syllableSpellings } from './syllable-spellings.js';

/**
 * The Hangul a name known only in Latin letters may stand for ("Lee Jun-ho" -> 이준호, 이전호, …), so that it is
 * matched in any romanization like a name whose Hangul the catalog has: a character listed without its Hangul name
 * is still "Lee Joon-ho" in one article and "Lee Jun Ho" in the next.
 */

/** Spellings this sure or surer (the curated table's, and the rule-made ones of syllables it lacks). */
const MIN_WEIGHT = 0.85;
const BEAM = 4;

let reverse: Map<string, Array<[string, number]>> | null = null;
let longest = 1;

/** spelling -> [syllable, weight], over every Hangul syllable; built once, on first use. */
function reverseTable(): Map<string, Array<[string, number]>> {
  if (reverse) return reverse;
  reverse = new Map();
  for (let code = 0xac00; code <= 0xd7a3; code++) {
    const syllable = String.fromCharCode(code);
    const usual = primarySpellings(syllable);
    for (const [spelling, weight] of syllableSpellings(syllable)) {
      if (weight < MIN_WEIGHT) continue;
      const list = reverse.get(spelling) ?? [];
      // A syllable's usual spellings read first: "jun" is 준 before it is 전, "lee" 이 before 리.
      list.push([syllable, usual.includes(spelling) ? weight : weight * 0.9]);
      reverse.set(spelling, list);
      longest = Math.max(longest, spelling.length);
    }
  }
  return reverse;
}

interface Reading {
  syllables: string[];
  weight: number;
  /** How many syllables the first word spells (a family name, in a name written family name first). */
  first: number;
}

/** Words already read: a catalog's names share a few thousand words ("kim", "ji", "won"). */
const readWords = new Map<string, Reading[]>();

/** The best readings of one word ("jiwon" -> 지원, …): a split into syllable spellings, weights multiplied. */
function wordReadings(word: string): Reading[] {
  let readings = readWords.get(word);
  if (!readings) {
    if (readWords.size >= 100_000) readWords.clear();
    readings = readWord(word);
    readWords.set(word, readings);
  }
  return readings;
}

function readWord(word: string): Reading[] {
  const table = reverseTable();
  const best: Reading[][] = [[{ syllables: [], weight: 1, first: 0 }]];
  for (let end = 1; end <= word.length; end++) {
    const here: Reading[] = [];
    for (let k = 1; k <= longest && k <= end; k++) {
      const prev = best[end - k];
      const options = prev?.length ? table.get(word.slice(end - k, end)) : undefined;
      if (!options) continue;
      for (const p of prev)
        for (const [s, w] of options) here.push({ syllables: [...p.syllables, s], weight: p.weight * w, first: 0 });
    }
    here.sort((a, b) => b.weight - a.weight || a.syllables.length - b.syllables.length);
    best[end] = here.slice(0, BEAM);
  }
  return best[word.length] ?? [];
}

/**
 * The likeliest Hangul readings of a romanized name, best first, each a list of syllables; none when a word has no
 * reading (a name that is not Korean: "Frank", "Vincenzo Cassano").
 */
export function latinReadings(name: string, max = 12): Array<{ syllables: string[]; first: number }> {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (!words.length) return [];
  let readings: Reading[] = [{ syllables: [], weight: 1, first: 0 }];
  words.forEach((word, i) => {
    const options = wordReadings(word);
    const next: Reading[] = [];
    for (const r of readings)
      for (const o of options)
        next.push({
          syllables: [...r.syllables, ...o.syllables],
          weight: r.weight * o.weight,
          first: i === 0 ? o.syllables.length : r.first,
        });
    next.sort((a, b) => b.weight - a.weight);
    readings = next.slice(0, max);
  });
  return readings.map(({ syllables, first }) => ({ syllables, first }));
}
