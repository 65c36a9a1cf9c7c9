import { latinReadings } from './latin-readings.js';
import { NameTableBuilder } from './name-table.js';
import { formCode, type NameEntry, type NameForm, type NameIndex, nameForms } from './name-types.js';
import { isHangulSyllable, syllableSpellings, typoSpellings } from './syllable-spellings.js';

/** Two-syllable surnames; every other Korean surname is one syllable. */
const compoundSurnames = new Set(['남궁', '선우', '제갈', '독고', '황보', '사공', '서문', '동방']);
export const honorificEdge = '·';
/** Readings indexed per name known only in Latin letters: enough for the usual vowel spellings, few enough to keep
 * a catalog of 50,000 such names small. */
const READINGS = 2;

/** Lower-case letters and spaces only, for literal comparison. */
export function normalizeLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/i, '')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim()
    .toLowerCase();
}

function splitName(hangul: string): { family: string; given: string } | null {
  const h = hangul.replace(/\s+/g, '');
  if (h.length < 2 || ![...h].every(isHangulSyllable)) return null;
  const familyLength = h.length >= 4 && compoundSurnames.has(h.slice(0, 2)) ? 2 : 1;
  return { family: h.slice(0, familyLength), given: h.slice(familyLength) };
}

/**
 * Indexes catalog names for `findNames`: a trie of every Korean name in both orders (family name first, and given
 * name first with a small penalty), character address forms (구씨 as "Gu-ssi" and "Mr. Gu"), characters' given
 * names alone, Hangul names, and literal names and aliases.
 */
export function buildNameIndex(entries: Iterable<NameEntry>): NameIndex {
  const sameForm = (a: number, b: number) => nameForms[a].form === nameForms[b].form;
  const roman = new NameTableBuilder(sameForm);
  const hangul = new NameTableBuilder(() => true);
  const literal = new NameTableBuilder(() => true);
  const entities: string[] = [];
  const kinds: number[] = [];
  let maxHangul = 1;
  const syllables = new Set<string>();
  let entity = 0; // the entry being indexed
  const addPath = (path: string[], form: NameForm, factor: number) => {
    for (const s of path) if (s !== honorificEdge) syllables.add(s);
    roman.add(path.join(''), entity, formCode(form, factor));
  };
  const addHangul = (text: string, form: NameForm) => {
    hangul.add(text, entity, formCode(form));
    maxHangul = Math.max(maxHangul, text.length);
  };
  const addLiteral = (text: string, form: NameForm) => {
    const norm = normalizeLatin(text);
    if (!norm) return;
    const short = text.length <= 3 || (text === text.toUpperCase() && /[A-Z]/.test(text));
    literal.add(norm, entity, formCode(form), short ? text.trim() : undefined);
  };

  for (const e of entries) {
    entity = entities.push(e.key) - 1;
    kinds.push(e.kind === 'character' ? 1 : 0);
    for (const name of e.names) addLiteral(name, 'full');
    for (const alias of e.aliases ?? []) {
      if (/[가-힣]/.test(alias)) addHangul(alias.replace(/\s+/g, ''), 'alias');
      else addLiteral(alias, 'alias');
    }
    if (!e.hangul) {
      // Known only in Latin letters: indexed under the Hangul its romanization may stand for.
      for (const name of e.names)
        latinReadings(name, READINGS).forEach(({ syllables, first }, i) => {
          if (syllables.length < 2) return;
          addPath(syllables, 'full', 0.95);
          const given = syllables.slice(first);
          if (i === 0 && e.kind === 'character' && first === 1 && given.length >= 2) addPath(given, 'given', 0.85);
        });
      continue;
    }
    const compact = e.hangul.replace(/\s+/g, '');
    addHangul(compact, 'hangul');
    let name = compact;
    // A character known by an address form: 구씨 is "Gu-ssi", "Mr. Gu", "Ms. Gu".
    if (e.kind === 'character' && /[씨님]$/.test(compact) && compact.length >= 2) {
      const base = [...compact.slice(0, -1)];
      addPath([...base, compact.slice(-1)], 'full', 1);
      addPath([honorificEdge, ...base], 'full', 1);
      if (base.length === 1) continue;
      name = compact.slice(0, -1);
    }
    const parts = splitName(name);
    if (!parts) {
      if ([...name].every(isHangulSyllable) && name.length >= 2) addPath([...name], 'full', 1);
      continue;
    }
    const family = [...parts.family];
    const given = [...parts.given];
    addPath([...family, ...given], 'full', 1);
    // Given name first ("Jiwon Kim"), for names with a given name of two syllables or more: a two-syllable name
    // (수현, 지수) is as often a stage name as a family and a given name.
    if (given.length >= 2) addPath([...given, ...family], 'reversed', 0.9);
    if (e.kind === 'character' && given.length >= 2) addPath(given, 'given', 0.9);
    // A person whose English name writes the given name as one word ("Bae Suzy", "Kwon Nara") may be named by it
    // alone, as a stage name; such a mention needs the text to be about one of their shows.
    if (e.kind === 'person' && given.length >= 2)
      for (const name of e.names) {
        const words = name.trim().split(/\s+/);
        const last = words[words.length - 1];
        if (words.length === 2 && /^[A-Z][a-z]{3,}$/.test(last)) addLiteral(last, 'given');
      }
  }
  const spellings = new Map<string, Map<string, number>>();
  const typos = new Map<string, Set<string>>();
  let maxSpelling = 1;
  for (const s of syllables) {
    for (const [spelling, weight] of syllableSpellings(s)) {
      const map = spellings.get(spelling) ?? new Map<string, number>();
      map.set(s, Math.max(weight, map.get(s) ?? 0));
      spellings.set(spelling, map);
      maxSpelling = Math.max(maxSpelling, spelling.length);
    }
    for (const spelling of typoSpellings(s)) {
      const set = typos.get(spelling) ?? new Set<string>();
      set.add(s);
      typos.set(spelling, set);
    }
  }
  return {
    entities,
    kinds: Uint8Array.from(kinds),
    roman: roman.build(),
    spellings,
    typos,
    maxSpelling,
    hangul: hangul.build(),
    maxHangul,
    literal: literal.build(),
  };
}
