import type { ArticleDoc, Mention, RatingsDecision, SpoilerDecision, TextKind } from '../analyze/analysis-types.js';
import type { SplitBroadcast } from '../catalog/catalog-schema.js';
import type { DatedEpisode } from '../catalog/episode-dates.js';

export interface ShowFacts {
  id: string;
  title: string;
  episodeCount: number;
  episodes: DatedEpisode[];
  lastAirDate?: string;
  castPersonIds: string[];
  /** The catalog's fact that the show was broadcast in parts, and which numbering it counts (else inferred from the air dates). */
  splitBroadcast?: SplitBroadcast;
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
  /** The latest episode whose ratings the text reports, per show (no plot horizon, but gated like the chart). */
  ratings: RatingsDecision[];
}

/** An episode reference found in the text, before it is attributed to a show. */
export interface EpisodeRef {
  start: number;
  end: number;
  text: string;
  /** Highest episode referred to, or a symbolic one resolved per show. */
  episode: number | 'last' | 'latest' | 'week' | 'previous' | 'context' | 'batch';
  /** For date references: "YYYY-M-D", "M-D" (year left to the show's run) or "day-D" (day of month only). */
  date?: string;
  /** For "yesterday" / "전날": days from the publish date. */
  dayOffset?: number;
  /** For countdowns ("종영까지 4회"): the episodes left, so the latest aired is the count minus this. */
  remaining?: number;
  /** For batch releases ("Part 2", "3막"): the batch number. */
  batch?: number;
  /** A whole night ("첫 회" of a show aired in two parts a night): the night's last part. */
  night?: boolean;
  /** Written with 회/화: the broadcaster's own numbering, never a streaming site's. */
  korean?: boolean;
  /** For weekday references ("Saturday's broadcast"): 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  rule: string;
  /** The reference is to an upcoming episode (a preview or teaser). */
  upcoming?: boolean;
  /** Named as scheduled ("will be released on", "오늘 공개"): it had not aired when the text was written. */
  scheduled?: boolean;
}
