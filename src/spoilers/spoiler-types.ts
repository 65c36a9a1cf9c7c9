import type { ArticleDoc, Mention, SpoilerDecision, TextKind } from '../analyze/analysis-types.js';
import type { DatedEpisode } from '../catalog/episode-dates.js';

export interface ShowFacts {
  id: string;
  title: string;
  episodeCount: number;
  episodes: DatedEpisode[];
  lastAirDate?: string;
  castPersonIds: string[];
  /** Not named in the text, only inferred from its cast members: episode references count, loose plot cues do not. */
  inferred?: boolean;
}

export interface SpoilerInput {
  doc: ArticleDoc;
  mentions: Mention[];
  shows: ShowFacts[];
  /** YYYY-MM-DD (KST), for texts without a publish date. */
  today: string;
}

export interface SpoilerResult {
  kind: TextKind;
  spoilers: SpoilerDecision[];
}

/** An episode reference found in the text, before it is attributed to a show. */
export interface EpisodeRef {
  start: number;
  end: number;
  text: string;
  /** Highest episode referred to, or a symbolic one resolved per show. */
  episode: number | 'last' | 'latest' | 'week';
  /** For date references: the KST date. */
  date?: string;
  /** For weekday references ("Saturday's broadcast"): 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  rule: string;
  /** The reference is to an upcoming episode (a preview or teaser). */
  upcoming?: boolean;
}
