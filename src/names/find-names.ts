import { normalizeLatin } from './build-name-index.js';
import { decodeRun, type Lattice } from './decode-tokens.js';
import { findHangulNames } from './find-hangul-names.js';
import { type NameCandidate, type NameIndex, type NameMatch, nameForms } from './name-types.js';
import { walkTrie } from './packed-trie.js';
import { type LatinToken, tokenizeLatin } from './tokenize-latin.js';

/** A candidate with its entry's number in `NameIndex.entities` (left out of the matches `findNames` returns). */
export type RawCandidate = NameCandidate & { entity: number };

export interface RawMatch {
  start: number;
  end: number;
  candidates: RawCandidate[];
}

const maxTokens = 5;
const acceptScore = 0.55;
const ambiguityMargin = 0.05;

const plainRun = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;
const capitalised = (t: LatinToken) => /^[A-Z]/.test(t.text);

/** Tokens i..j may form one name: capitalised words joined by one space, a hyphen, or glued. */
function runEnd(tokens: LatinToken[], i: number): number {
  let j = i;
  while (
    j + 1 < tokens.length &&
    j + 1 - i < maxTokens &&
    !tokens[j].possessive &&
    tokens[j + 1].joinedBy !== null &&
    (capitalised(tokens[j + 1]) || tokens[j + 1].joinedBy === '-')
  )
    j++;
  return j;
}

function literalCandidates(tokens: LatinToken[], i: number, j: number, text: string, index: NameIndex): RawCandidate[] {
  const raw = text.slice(tokens[i].start, tokens[j].end);
  const table = index.literal;
  // Most runs are plain words joined by spaces or hyphens, which normalise to themselves in lower case.
  const node = walkTrie(table, plainRun.test(raw) ? raw.replace(/-/g, ' ').toLowerCase() : normalizeLatin(raw));
  const k = node >= 0 ? table.keyAt[node] : -1;
  const out: RawCandidate[] = [];
  if (k >= 0)
    for (let e = table.endStart[k]; e < table.endStart[k + 1]; e++) {
      const written = table.notes.get(e);
      if (written !== undefined && written !== raw) continue;
      const entity = table.endEntity[e];
      out.push({ key: index.entities[entity], form: nameForms[table.endForm[e]].form, score: 1, entity });
    }
  return out;
}

function latinMatches(text: string, index: NameIndex): RawMatch[] {
  const tokens = tokenizeLatin(text);
  const out: RawMatch[] = [];
  const lattices: Array<Lattice | undefined> = [];
  for (let i = 0; i < tokens.length; ) {
    if (!capitalised(tokens[i])) {
      i++;
      continue;
    }
    const last = runEnd(tokens, i);
    const decoded = decodeRun(tokens, i, last, index, lattices);
    let matched = false;
    for (let j = last; j >= i; j--) {
      const candidates = literalCandidates(tokens, i, j, text, index);
      for (const d of decoded.get(j) ?? []) {
        // One word alone is a name only when it spells two or more syllables of a character's given name.
        if (i === j && d.form !== 'given') continue;
        if (!candidates.some((c) => c.key === d.key)) candidates.push(d);
      }
      const good = candidates.filter((c) => c.score >= acceptScore);
      if (!good.length) continue;
      out.push({ start: tokens[i].start, end: tokens[j].end, candidates: good });
      i = j + 1;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}

/**
 * Finds catalog people and characters named in a text, in any romanization or in Hangul. Candidates come best
 * first; a match is ambiguous when two different entries of the same kind score within a small margin.
 */
export function findNames(text: string, index: NameIndex): NameMatch[] {
  const raw = [...latinMatches(text, index), ...findHangulNames(text, index)].sort((a, b) => a.start - b.start);
  return raw.map((m) => {
    const byKey = new Map<string, RawCandidate>();
    const kinds = new Map<string, 'person' | 'character'>();
    for (const c of m.candidates) {
      if ((byKey.get(c.key)?.score ?? -1) < c.score) byKey.set(c.key, c);
      kinds.set(c.key, index.kinds[c.entity] ? 'character' : 'person');
    }
    const kindOf = (key: string) => kinds.get(key) ?? 'person';
    const candidates = [...byKey.values()]
      .map(({ entity: _, ...c }): NameCandidate => c)
      .sort(
        (a, b) => b.score - a.score || (kindOf(a.key) === 'person' ? -1 : 1) - (kindOf(b.key) === 'person' ? -1 : 1),
      );
    const top = candidates[0];
    const rival = candidates.find(
      (c) => c.key !== top.key && kindOf(c.key) === kindOf(top.key) && top.score - c.score < ambiguityMargin,
    );
    const second = candidates.find((c) => c.key !== top.key)?.score ?? 0;
    return {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      candidates,
      status: rival ? 'ambiguous' : 'linked',
      confidence: Math.max(0, Math.min(1, top.score * (rival ? 0.5 : 1 - Math.max(0, second - 0.5) / 2))),
    };
  });
}
