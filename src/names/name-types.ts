import type { NameTable } from './name-table.js';

export interface NameEntry {
  /** Entity id: a person id ("son-suk-ku") or a character key ("my-liberation-notes/구씨"). */
  key: string;
  kind: 'person' | 'character';
  hangul?: string;
  /** Romanized names from the catalog: canonical + romanized aliases. */
  names: string[];
  /** Literal aliases: stage names (EL, IU), Hangul aliases (아이유), matched as written. */
  aliases?: string[];
}

export interface NameCandidate {
  key: string;
  score: number;
  /** 'reversed': given name first ("Jiwon Kim"); 'given': a given name alone ("Mi-jeong", a stage name "Suzy"). */
  form: 'full' | 'reversed' | 'given' | 'alias' | 'hangul';
  /** Read through a misspelling ("Kim So Hyun" for 김수현): only the text's support can make it the name meant. */
  fuzzy?: boolean;
}

export interface NameMatch {
  start: number;
  end: number;
  text: string;
  candidates: NameCandidate[];
  status: 'linked' | 'ambiguous';
  confidence: number;
}

export type NameForm = NameCandidate['form'];

/** The ways an entry is stored under a key, with the factor its score takes (`NameTable.endForm` indexes this). */
export const nameForms: ReadonlyArray<{ form: NameForm; factor: number }> = [
  { form: 'full', factor: 1 },
  { form: 'full', factor: 0.95 },
  { form: 'reversed', factor: 0.9 },
  { form: 'given', factor: 0.9 },
  { form: 'given', factor: 0.85 },
  { form: 'alias', factor: 1 },
  { form: 'hangul', factor: 1 },
  { form: 'given', factor: 1 },
];

/** The code of a form in `nameForms`. */
export function formCode(form: NameForm, factor = 1): number {
  const code = nameForms.findIndex((f) => f.form === form && f.factor === factor);
  if (code < 0) throw new Error(`no name form ${form} x ${factor}`);
  return code;
}

export interface NameIndex {
  /** The entries' keys; the tables store entries by their number here. */
  entities: string[];
  /** Per entity: 0 a person, 1 a character. */
  kinds: Uint8Array;
  /** Names in Latin letters: keys are Hangul syllables (one code unit each, "·" for an honorific), walked through
   * `spellings`. */
  roman: NameTable;
  /** spelling (lower-case letters) -> syllable -> weight, restricted to syllables of catalog names. */
  spellings: Map<string, Map<string, number>>;
  /** Misspellings (see `typoSpellings`): spelling -> syllables, read at most once per name, never as its first syllable. */
  typos: Map<string, Set<string>>;
  maxSpelling: number;
  /** Hangul names and Hangul aliases, exact. */
  hangul: NameTable;
  maxHangul: number;
  /** Literal Latin names and aliases, by normalised text; its notes are how short and all-caps names (EL, IU) must
   * be written. */
  literal: NameTable;
}
