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
  // 씨 is "sshi" as often as "ssi" (ajusshi), like 시 "shi".
  if (i === 10 && m === 20) for (const c of finals[f]) out.push(`sshi${c}`);
  return out;
}

let curated: Map<string, string[]> | null = null;
let primary: Map<string, string[]> | null = null;

/** A syllable's usual spellings: its Revised Romanization and its commonest press spelling ("i" and "lee" for 이). */
export function primarySpellings(syllable: string): string[] {
  curatedTable();
  return primary?.get(syllable) ?? [];
}
function curatedTable(): Map<string, string[]> {
  if (curated) return curated;
  curated = new Map();
  primary = new Map();
  const tsv = readFileSync(new URL('../../data/roman-syllables.tsv', import.meta.url), 'utf8');
  for (const line of tsv.split('\n').slice(1)) {
    const [hangul, rr, mr, variants] = line.split('\t');
    if (!hangul) continue;
    const first = (variants ?? '').split(',')[0]?.trim().toLowerCase();
    primary.set(
      hangul,
      [rr?.trim().toLowerCase(), first].filter((x): x is string => !!x),
    );
    curated.set(hangul, [
      ...new Set([rr, mr, ...(variants ?? '').split(',')].map((s) => s?.trim().toLowerCase()).filter(Boolean)),
    ]);
  }
  return curated;
}

/** The weight of a slip of the pen ("So" for 수, "Huk" for 혁, "Woon" for 원): read only with support from the text. */
export const TYPO_WEIGHT = 0.45;

/**
 * Misspellings one step off a syllable's usual spellings: a long vowel written short or a short one long ("soo" ->
 * "so", "won" -> "woon"), a "y" glide dropped after a consonant ("hyuk" -> "huk"). Never one of its spellings.
 */
export function typoSpellings(syllable: string): string[] {
  const usual = syllableSpellings(syllable);
  const out = new Set<string>();
  for (const [s, weight] of usual) {
    if (weight < 1) continue;
    if (s.includes('oo')) out.add(s.replace('oo', 'o'));
    else if (/o/.test(s)) out.add(s.replace('o', 'oo'));
    if (/^[^aeiouy]+y[aeiou]/.test(s)) out.add(s.replace('y', ''));
  }
  return [...out].filter((s) => s.length > 1 && !usual.has(s));
}

/** Spellings of one syllable (lower case, letters only) with weights in (0, 1]. */
export function syllableSpellings(syllable: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of curatedTable().get(syllable) ?? []) out.set(s, 1);
  for (const s of generated(syllable)) if (!out.has(s)) out.set(s, curatedTable().has(syllable) ? 0.6 : 0.85);
  return out;
}
