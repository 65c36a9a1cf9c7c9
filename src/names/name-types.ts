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
  form: 'full' | 'given' | 'alias' | 'hangul';
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
  maxSpelling: number;
  /** Hangul names and Hangul aliases, exact. */
  hangul: Map<string, Array<{ key: string; form: NameForm }>>;
  maxHangul: number;
  /** Literal Latin names and aliases, by normalised text. */
  literal: Map<string, Array<{ key: string; form: NameForm; caseSensitive: string | null }>>;
  kinds: Map<string, 'person' | 'character'>;
}
