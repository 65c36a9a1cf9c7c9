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

/** A node of the trie of catalog names, one edge per Hangul syllable (or "·" for an honorific). */
export interface TrieNode {
  children: Map<string, TrieNode>;
  ends: Array<{ key: string; form: NameForm; factor: number }>;
}

export interface NameIndex {
  /** Names in Latin letters: a trie over syllables, walked through `spellings`. */
  roman: TrieNode;
  /** spelling (lower-case letters) -> syllable -> weight, restricted to syllables of catalog names. */
  spellings: Map<string, Map<string, number>>;
  /** Misspellings (see `typoSpellings`): spelling -> syllables, read at most once per name, never as its first syllable. */
  typos: Map<string, Set<string>>;
  maxSpelling: number;
  /** Hangul names and Hangul aliases, exact. */
  hangul: Map<string, Array<{ key: string; form: NameForm }>>;
  maxHangul: number;
  /** Literal Latin names and aliases, by normalised text. */
  literal: Map<string, Array<{ key: string; form: NameForm; caseSensitive: string | null }>>;
  kinds: Map<string, 'person' | 'character'>;
}
