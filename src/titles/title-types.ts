import type { PackedTrie } from '../names/packed-trie.js';
import type { LooseIndex } from './build-loose-index.js';

/**
 * Contracts of the title and network matcher. Offsets are UTF-16 code-unit offsets into the searched text, `end`
 * exclusive.
 */

export interface TitleEntry {
  showId: string;
  title: string;
  aliases: string[];
  hangul: string;
  networkId: string;
}

export interface NetworkEntry {
  id: string;
  name: string;
  hangul?: string;
  aliases: string[];
}

/** A stretch of text that speaks for some shows: a cast member's mention (their shows), a network's (its shows). */
export interface SupportSpan {
  start: number;
  end: number;
  showIds: string[];
}

/** 'loose': written otherwise than any indexed form (a dropped or inflected word, an acronym), found with support. */
export type TitleForm = 'title' | 'alias' | 'hangul' | 'romanized' | 'loose';

export interface TitleMatch {
  /** The span covers the title itself: not its quotes, not a possessive "'s". */
  start: number;
  end: number;
  text: string;
  /** null when titles collide and nothing nearby tells them apart; then `candidates` holds them all. */
  showId: string | null;
  candidates: string[];
  form: TitleForm;
  quoted: boolean;
  confidence: number;
}

export interface NetworkMatch {
  start: number;
  end: number;
  text: string;
  networkId: string;
  confidence: number;
}

/** One way of writing one show, as stored under a normalised key. */
export interface IndexedForm {
  /** Index into `TitleIndex.shows`. */
  show: number;
  form: TitleForm;
  /** Short or ordinary-word titles ("Mine", "Start-Up"), linked only with supporting context. */
  weak: boolean;
  /** The written title began with "The", which the key leaves out. */
  hadThe: boolean;
  /** How many words the key is written in ("Start-Up": 2), so that a text that splits it otherwise shows. */
  words: number;
}

/**
 * Normalised keys as a character trie packed in typed arrays (see key-table.ts), and the forms stored under each key
 * in typed arrays too (`formsAt` reads them back): 200,000 such forms as objects are 40 MB, as arrays 2.
 */
export interface KeyTable extends PackedTrie {
  /** The forms under the k-th key (sorted, unique; see `keyAt`) are formStart[k] .. formStart[k + 1]. */
  formStart: Int32Array;
  formShow: Int32Array;
  /** The form (its place in `titleForms`) times 4, + 2 if weak, + 1 if the title began with "The". */
  formBits: Uint8Array;
  formWords: Uint16Array;
  maxLength: number;
}

export interface NetworkVariant {
  networkId: string;
  caseSensitive: boolean;
  /** Mixed-case names made of ordinary words ("Channel A") must be written capitalised. */
  needsCapital: boolean;
  hangul: boolean;
}

export interface NetworkMatcher {
  /** Case-sensitive alternation (all-caps acronyms, Hangul), case-insensitive alternation (other names). */
  exact: RegExp | null;
  loose: RegExp | null;
  /** Variant key (see `networkVariantKey`) -> what it names; the loose map is keyed in lower case. */
  exactVariants: Map<string, NetworkVariant>;
  looseVariants: Map<string, NetworkVariant>;
}

export interface TitleIndex {
  shows: TitleEntry[];
  loose: LooseIndex;
  networks: NetworkEntry[];
  table: KeyTable;
  networkMatcher: NetworkMatcher;
}
