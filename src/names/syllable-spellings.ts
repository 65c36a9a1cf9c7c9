import { readFileSync } from 'node:fs';

/**
 * How each Hangul syllable is written in Latin letters, with a weight: the curated real-world spellings of the
 * syllable table (data/roman-syllables.tsv) and, for every syllable, spellings generated from its jamo by the rules
 * in ../shared/romanization (RR and McCune-Reischauer forms and their common press variants).
 */
const initials = [
  ['g', 'k'],
  ['kk', 'gg', 'k'],
  ['n'],
  ['d', 't'],
  ['tt', 'dd'],
  ['r', 'l'],
  ['m'],
  ['b', 'p'],
  ['pp', 'bb'],
  ['s', 'sh'],
  ['ss', 's'],
  [''],
  ['j', 'ch'],
  ['jj', 'tch'],
  ['ch'],
  ['k', 'kh'],
  ['t', 'th'],
  ['p', 'ph'],
  ['h'],
];
const medials = [
  ['a', 'ah'],
  ['ae', 'ai'],
  ['ya'],
  ['yae'],
  ['eo', 'u', 'o'],
  ['e'],
  ['yeo', 'yu', 'yo'],
  ['ye'],
  ['o', 'oh'],
  ['wa'],
  ['wae'],
  ['oe', 'oi', 'we'],
  ['yo'],
  ['u', 'oo'],
  ['wo', 'weo'],
  ['we'],
  ['wi', 'wee'],
  ['yu', 'yoo', 'you'],
  ['eu', 'u'],
  ['ui', 'eui', 'ee'],
  ['i', 'ee'],
];
const finals = [
  [''],
  ['k', 'g', 'ck'],
  ['k'],
  ['k'],
  ['n'],
  ['n'],
  ['n'],
  ['t', 'd'],
  ['l', 'r'],
  ['k'],
  ['m'],
  ['l'],
  ['l'],
  ['l'],
  ['p'],
  ['l'],
  ['m'],
  ['p', 'b'],
  ['p'],
  ['t', 's'],
  ['t'],
  ['ng'],
  ['t'],
  ['t'],
  ['k'],
  ['t'],
  ['p'],
  ['t'],
];

export const isHangulSyllable = (ch: string) => ch >= '가' && ch <= '힣';

function generated(syllable: string): string[] {
  const index = syllable.charCodeAt(0) - 0xac00;
  const [i, m, f] = [Math.floor(index / 588), Math.floor((index % 588) / 28), index % 28];
  const out: string[] = [];
  for (const a of initials[i]) for (const b of medials[m]) for (const c of finals[f]) out.push(a + b + c);
  // 우 is "woo"/"wu" in names; ㅇ + ㅜ/ㅗ/ㅓ often gains a w.
  if (i === 11 && m === 13) out.push(`woo${finals[f][0]}`, `wu${finals[f][0]}`);
  return out;
}

let curated: Map<string, string[]> | null = null;
function curatedTable(): Map<string, string[]> {
  if (curated) return curated;
  curated = new Map();
  const tsv = readFileSync(new URL('../../data/roman-syllables.tsv', import.meta.url), 'utf8');
  for (const line of tsv.split('\n').slice(1)) {
    const [hangul, rr, mr, variants] = line.split('\t');
    if (!hangul) continue;
    curated.set(hangul, [
      ...new Set([rr, mr, ...(variants ?? '').split(',')].map((s) => s?.trim().toLowerCase()).filter(Boolean)),
    ]);
  }
  return curated;
}

/** Spellings of one syllable (lower case, letters only) with weights in (0, 1]. */
export function syllableSpellings(syllable: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of curatedTable().get(syllable) ?? []) out.set(s, 1);
  for (const s of generated(syllable)) if (!out.has(s)) out.set(s, curatedTable().has(syllable) ? 0.6 : 0.85);
  return out;
}
