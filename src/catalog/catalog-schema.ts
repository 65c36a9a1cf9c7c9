import { z } from 'zod';

/** A Korean (KST) calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  );

export const weekday = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
export type Weekday = z.infer<typeof weekday>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an id of lower-case letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty').max(300);

/** The entry's ids in the sources it is synced from, so a later sync updates the same entry. */
export const sourceIdsSchema = z.object({
  tmdb: z.number().int().min(1).optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'expected a Wikidata item id such as Q42')
    .optional(),
});
export type SourceIds = z.infer<typeof sourceIdsSchema>;

export const networkSchema = z.looseObject({
  id,
  ids: sourceIdsSchema.optional(),
  name: text,
  hangul: text.optional(),
  aliases: z.array(text).optional(),
});

export const personSchema = z.looseObject({
  id,
  ids: sourceIdsSchema.optional(),
  name: text,
  hangul: text,
  aliases: z.array(text).optional(),
});

export const castSchema = z.looseObject({
  person: id,
  character: text,
  characterHangul: text.optional(),
});

/** Who made a show: its directors, screenwriters and creators (what TMDB lists as Director, Screenplay/Writer, Creator). */
export const crewRole = z.enum(['director', 'writer', 'creator']);
export type CrewRole = z.infer<typeof crewRole>;

export const crewSchema = z.looseObject({
  person: id,
  role: crewRole,
});

export const episodeSchema = z.looseObject({
  number: z.number().int().min(1).max(1000),
  airDate: isoDate,
  rating: z.number().min(0).max(100).optional(),
});

/**
 * A show broadcast in parts: several networks (KBS, MBC, SBS, 2017-2021 above all) aired each episode as two parts
 * under their own numbers ("39~40회"), while streaming sites and most English outlets number the episodes (20).
 * `catalogNumbering` says which of the two the show's `episodeCount` and `episodes` count. Given only where the fact
 * is known: a show without it is read as numbered one way.
 */
export const splitBroadcastSchema = z.strictObject({
  partsPerEpisode: z.number().int().min(2).max(4),
  catalogNumbering: z.enum(['broadcast', 'streamed']),
});
export type SplitBroadcast = z.infer<typeof splitBroadcastSchema>;

export const showSchema = z.looseObject({
  id,
  ids: sourceIdsSchema.optional(),
  title: text,
  hangul: text,
  aliases: z.array(text).optional(),
  network: id,
  episodeCount: z.number().int().min(1).max(1000),
  episodes: z.array(episodeSchema).optional(),
  firstAirDate: isoDate.optional(),
  lastAirDate: isoDate.optional(),
  schedule: z.array(weekday).min(1).optional(),
  splitBroadcast: splitBroadcastSchema.optional(),
  cast: z.array(castSchema).optional(),
  crew: z.array(crewSchema).optional(),
});

export const catalogSchema = z.looseObject({
  networks: z.array(networkSchema).default([]),
  people: z.array(personSchema).default([]),
  shows: z.array(showSchema).default([]),
});

export type Network = z.infer<typeof networkSchema>;
export type Person = z.infer<typeof personSchema>;
export type CastEntry = z.infer<typeof castSchema>;
export type CrewEntry = z.infer<typeof crewSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type Show = z.infer<typeof showSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
