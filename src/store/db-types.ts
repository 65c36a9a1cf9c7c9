import type { ColumnType, Generated } from 'kysely';

/** Where a catalog fact came from: a file import (or the starter catalog), or a sync source. */
export const factSources = ['file', 'starter', 'tmdb', 'wikidata'] as const;
export type FactSource = (typeof factSources)[number];

type Json<T> = ColumnType<T, string, string>;

/** An entry's ids in the sync sources: TMDB's numeric id, Wikidata's QID. */
export interface SourceIdsColumn {
  tmdb?: number;
  wikidata?: string;
}
export interface SplitBroadcastColumn {
  partsPerEpisode: number;
  catalogNumbering: 'broadcast' | 'streamed';
}
/** Where each field of an entry came from, by catalog field name (title, aliases, episodes, cast, ...). */
export type Provenance = Record<string, FactSource>;

export interface NetworksTable {
  id: string;
  name: string;
  hangul: string | null;
  aliases: Json<string[]>;
  source: string;
  source_ids: Json<SourceIdsColumn>;
  provenance: Json<Provenance>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface PeopleTable {
  id: string;
  name: string;
  hangul: string;
  aliases: Json<string[]>;
  /** Every name of the person in one string, for trigram search. */
  search_text: string;
  source: string;
  source_ids: Json<SourceIdsColumn>;
  provenance: Json<Provenance>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface ShowsTable {
  id: string;
  title: string;
  hangul: string;
  aliases: Json<string[]>;
  network_id: string;
  episode_count: number;
  first_air_date: string | null;
  last_air_date: string | null;
  schedule: Json<string[]>;
  /** A show broadcast in parts (see the catalog's `splitBroadcast`), or null. */
  split_broadcast: ColumnType<SplitBroadcastColumn | null, string | null | undefined, string | null>;
  search_text: string;
  source: string;
  source_ids: Json<SourceIdsColumn>;
  provenance: Json<Provenance>;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface EpisodesTable {
  show_id: string;
  number: number;
  air_date: string;
  rating: number | null;
}

export interface CastTable {
  show_id: string;
  person_id: string;
  character: string;
  character_hangul: string | null;
  position: number;
}

export interface CrewTable {
  show_id: string;
  person_id: string;
  role: string;
  position: number;
}

export interface UnknownTitlesTable {
  /** The normalized title (folded, words run together). */
  key: string;
  title: string;
  count: number;
  samples: Json<Array<{ itemId: string; title: string | null; url: string | null }>>;
  first_seen: ColumnType<Date, string | undefined, string>;
  last_seen: ColumnType<Date, string | undefined, string>;
}

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  site_url: string | null;
  kind: 'feed' | 'youtube';
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: ColumnType<Date, Date | undefined, Date>;
  last_fetched_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_success_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  error_count: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface ItemsTable {
  id: string;
  feed_id: number | null;
  guid: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  /** The title folded for near-duplicate detection across feeds (trigram similarity). */
  title_key: string;
  published_at: ColumnType<Date | null, Date | null, Date | null>;
  /** KST calendar date of `published_at`. */
  published_date: string | null;
  author: string | null;
  source_name: string | null;
  media_type: 'article' | 'video';
  video_id: string | null;
  image_url: string | null;
  /** The image's caption and credit as the feed gave them (migration 0016). */
  image_caption: ColumnType<string | null, string | null | undefined, string | null>;
  image_credit: ColumnType<string | null, string | null | undefined, string | null>;
  summary: string;
  /** Sanitised HTML, safe to show. */
  content_html: string;
  /** The article document (text, blocks, related links) the analysis was made from. */
  doc: Json<unknown>;
  kind: string;
  analysis: Json<unknown>;
  /** The analyser version and catalog fingerprint this analysis was made with. */
  analyzed_with: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Title, summary and text for full-text search, made by the database (migration 0018); never written. */
  search_vector: ColumnType<string, never, never>;
}

export interface ItemEntitiesTable {
  item_id: string;
  kind: 'show' | 'person' | 'character' | 'network';
  entity_id: string;
  mentions: number;
  /** The spellings the item used for this entity. */
  spellings: Json<string[]>;
  /** A copy of the item's `published_at`, set by a trigger: orders an entity's items newest first by an index. */
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ItemHorizonsTable {
  item_id: string;
  show_id: string;
  through_episode: number;
  confidence: number;
  evidence: Json<unknown>;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  password_hash: string;
  role: 'owner' | 'member';
  unfollowed_policy: ColumnType<'hide' | 'show', 'hide' | 'show' | undefined, 'hide' | 'show'>;
  unsure_policy: ColumnType<'hide' | 'warn', 'hide' | 'warn' | undefined, 'hide' | 'warn'>;
  created_at: ColumnType<Date, string | undefined, never>;
  /** Bumped by triggers whenever the user's read marks or stars change (migration 0019); bigint, read as text. */
  marks_version: ColumnType<string, never, never>;
}

export interface SessionsTable {
  /** sha256 (hex) of the session token; the token itself is only in the user's cookie. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  expires_at: ColumnType<Date, Date, Date>;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProgressTable {
  user_id: number;
  show_id: string;
  watched_through: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RevealsTable {
  user_id: number;
  item_id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface ItemReadsTable {
  user_id: number;
  item_id: string;
  read_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ItemStarsTable {
  user_id: number;
  item_id: string;
  starred_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FeedTokensTable {
  user_id: number;
  /** sha256 (hex) of the feed token; the token itself is only in the user's feed URL. */
  token_hash: string;
  hidden_items: ColumnType<'list' | 'omit', 'list' | 'omit' | undefined, 'list' | 'omit'>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface LoginAttemptsTable {
  key: string;
  window_start: ColumnType<Date, Date, Date>;
  count: number;
}

export interface UserPreferencesTable {
  user_id: number;
  locale: ColumnType<'auto' | 'en' | 'ko', 'auto' | 'en' | 'ko' | undefined, 'auto' | 'en' | 'ko'>;
  theme: ColumnType<'auto' | 'light' | 'dark', 'auto' | 'light' | 'dark' | undefined, 'auto' | 'light' | 'dark'>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface DB {
  networks: NetworksTable;
  people: PeopleTable;
  shows: ShowsTable;
  episodes: EpisodesTable;
  cast_members: CastTable;
  crew_members: CrewTable;
  meta: MetaTable;
  unknown_titles: UnknownTitlesTable;
  feeds: FeedsTable;
  items: ItemsTable;
  item_entities: ItemEntitiesTable;
  item_horizons: ItemHorizonsTable;
  users: UsersTable;
  sessions: SessionsTable;
  progress: ProgressTable;
  reveals: RevealsTable;
  login_attempts: LoginAttemptsTable;
  user_preferences: UserPreferencesTable;
  item_reads: ItemReadsTable;
  item_stars: ItemStarsTable;
  feed_tokens: FeedTokensTable;
}

export type { Generated };
