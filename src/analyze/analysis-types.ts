/**
 * Contracts shared by the pipeline stages: the article document produced by `src/extract`, the mentions produced by
 * the name and title matchers and the linker, and the analysis that `analyzeArticle` returns.
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into `ArticleDoc.text`, `end` exclusive.
 */

export type BlockKind =
  | 'headline'
  | 'dek'
  | 'spoiler-notice'
  | 'paragraph'
  | 'caption'
  | 'source'
  | 'related'
  | 'heading';

export interface DocumentBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** For captions: the credit after the last "|" ("JTBC"), when present. */
  credit?: string;
}

export interface ArticleDoc {
  title: string | null;
  /** Publish date as YYYY-MM-DD (from --published, page metadata or a feed), or null when unknown. */
  published: string | null;
  /** The whole article as plain text; every block is a range of it. */
  text: string;
  blocks: DocumentBlock[];
  url?: string;
  /** Links to related articles found in the page (HTML input). */
  related?: Array<{ title: string; url: string }>;
  /** The main content as HTML with absolute URLs (HTML input), not yet sanitised. */
  html?: string;
}

export type EntityKind = 'show' | 'person' | 'character' | 'network';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** The linked entity: show id, person id, network id, or `showId/characterKey` for characters. */
  id?: string;
  /** When two entries score too close: the candidates, best first. */
  candidates?: string[];
  confidence: number;
}

export type TextKind = 'preair' | 'recap' | 'review' | 'bts' | 'preview' | 'ratings' | 'finale' | 'news' | 'other';

export interface Evidence {
  text: string;
  start: number;
  end: number;
  rule: string;
}

export interface SpoilerDecision {
  show: string;
  throughEpisode: number;
  confidence: number;
  evidence: Evidence[];
}

/** The latest episode whose ratings a text reports, per show: no plot horizon, but gated like the ratings chart. */
export interface RatingsDecision {
  show: string;
  episode: number;
  confidence: number;
  evidence: Evidence[];
}

export interface Analysis {
  title: string | null;
  published: string | null;
  kind: TextKind;
  shows: Array<{ id: string; title: string; mentions: number }>;
  people: Array<{ id: string; name: string; mentions: number }>;
  characters: Array<{ show: string; name: string; person: string | null; mentions: number }>;
  networks: Array<{ id: string; name: string; mentions: number }>;
  mentions: Mention[];
  spoilers: SpoilerDecision[];
  /** Episodes whose ratings the text reports (the reader gates them like the show page's ratings chart). */
  ratings: RatingsDecision[];
  structure: Array<DocumentBlock & { text: string }>;
}
