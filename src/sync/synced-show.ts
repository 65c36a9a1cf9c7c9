import type { SplitBroadcast } from '../catalog/catalog-schema.js';

/** A show as a sync source describes it, before it is matched to catalog entries and given catalog ids. */
export type SyncSourceName = 'tmdb' | 'wikidata';
export type SourceRef = number | string;

export interface SyncedPerson {
  sourceId: SourceRef;
  name: string;
  /** The person's name in Hangul, when the source has it (TMDB: among also-known-as names). */
  hangul: string | null;
  aliases: string[];
}

export interface SyncedNetwork {
  sourceId: SourceRef;
  name: string;
  hangul: string | null;
}

export interface SyncedShow {
  source: SyncSourceName;
  sourceId: SourceRef;
  title: string;
  hangul: string | null;
  aliases: string[];
  network: SyncedNetwork | null;
  episodeCount: number | null;
  episodes: Array<{ number: number; airDate: string }>;
  firstAirDate: string | null;
  lastAirDate: string | null;
  cast: Array<{ person: SyncedPerson; character: string | null; characterHangul: string | null }>;
  /** Set only when the source shows beyond doubt that its episodes are broadcast parts (see tmdbSplitBroadcast). */
  splitBroadcast?: SplitBroadcast;
  /** Directors, writers and creators, when the source lists them (TMDB's crew credits and creators). */
  crew?: Array<{ person: SyncedPerson; role: 'director' | 'writer' | 'creator' }>;
}

/** What a source can do: list Korean series page by page, fetch one show, find a show by title. */
export interface SyncSource {
  name: SyncSourceName;
  listPage(page: number, since: string | null): Promise<{ refs: SourceRef[]; totalPages: number }>;
  /** `knownPeople`: source ids of people the catalog already has, whose details need not be fetched again. */
  fetchShow(ref: SourceRef, knownPeople: ReadonlySet<SourceRef>): Promise<SyncedShow>;
  findShow(title: string): Promise<SourceRef | null>;
  /** Parses a command-line reference (a TMDB id, a QID) or returns null. */
  parseRef(text: string): SourceRef | null;
}

export const hangulRe = /[\uac00-\ud7a3]/;
