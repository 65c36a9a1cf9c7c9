import type { ColumnType, Generated } from 'kysely';

/** Where a catalog fact came from: a file import (or the starter catalog), or a sync source. */
export type FactSource = 'file' | 'starter' | 'tmdb' | 'wikidata';

type Json<T> = ColumnType<T, string, string>;

export interface NetworksTable {
  id: string;
  name: string;
  hangul: string | null;
  aliases: Json<string[]>;
  source: string;
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
  search_text: string;
  source: string;
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

export interface MetaTable {
  key: string;
  value: string;
}

export interface DB {
  networks: NetworksTable;
  people: PeopleTable;
  shows: ShowsTable;
  episodes: EpisodesTable;
  cast_members: CastTable;
  meta: MetaTable;
}

export type { Generated };
