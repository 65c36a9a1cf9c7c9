import { z } from 'zod';

/** The parts of TMDB API v3 answers the sync reads (other fields are allowed and ignored). Dates may be "" or null. */
const date = z.string().nullish();

export const tmdbPageSchema = z.looseObject({
  page: z.number().int(),
  total_pages: z.number().int(),
  results: z.array(
    z.looseObject({
      id: z.number().int(),
      name: z.string(),
      original_name: z.string().optional(),
      origin_country: z.array(z.string()).optional(),
      original_language: z.string().optional(),
    }),
  ),
});

export const tmdbShowSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  original_name: z.string(),
  original_language: z.string().optional(),
  first_air_date: date,
  last_air_date: date,
  number_of_episodes: z.number().int().nullish(),
  networks: z.array(z.looseObject({ id: z.number().int(), name: z.string() })).default([]),
  seasons: z
    .array(z.looseObject({ season_number: z.number().int(), episode_count: z.number().int().nullish() }))
    .default([]),
  alternative_titles: z
    .looseObject({ results: z.array(z.looseObject({ iso_3166_1: z.string().optional(), title: z.string() })) })
    .optional(),
  aggregate_credits: z
    .looseObject({
      cast: z.array(
        z.looseObject({
          id: z.number().int(),
          name: z.string(),
          original_name: z.string().optional(),
          order: z.number().int().optional(),
          roles: z.array(z.looseObject({ character: z.string().nullish(), episode_count: z.number().optional() })),
        }),
      ),
      crew: z
        .array(
          z.looseObject({
            id: z.number().int(),
            name: z.string(),
            original_name: z.string().optional(),
            jobs: z.array(z.looseObject({ job: z.string(), episode_count: z.number().optional() })).default([]),
          }),
        )
        .default([]),
    })
    .optional(),
  created_by: z
    .array(z.looseObject({ id: z.number().int(), name: z.string(), original_name: z.string().optional() }))
    .default([]),
});

export const tmdbSeasonSchema = z.looseObject({
  season_number: z.number().int(),
  episodes: z.array(z.looseObject({ episode_number: z.number().int(), air_date: date, runtime: z.number().nullish() })),
});

export const tmdbPersonSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  also_known_as: z.array(z.string()).default([]),
});

export type TmdbShow = z.infer<typeof tmdbShowSchema>;
export type TmdbSeason = z.infer<typeof tmdbSeasonSchema>;
export type TmdbPerson = z.infer<typeof tmdbPersonSchema>;
