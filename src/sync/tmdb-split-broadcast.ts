import type { SplitBroadcast } from '../catalog/catalog-schema.js';

/** A TMDB episode as the split-broadcast rule reads it: its air date and its running time in minutes. */
export interface TimedEpisode {
  airDate: string;
  runtime: number | null | undefined;
}

/** The longest a broadcast part runs: the parts of a 70-minute episode run 30-35 minutes each. */
export const maxPartMinutes = 40;

/**
 * Whether TMDB lists a show's broadcast parts: only when it says so beyond doubt, at least four nights, every night
 * exactly two episodes and every one of them at most `maxPartMinutes` long (two full episodes a night, a double
 * premiere, an episode without a running time: not sure, so nothing is said).
 */
export function tmdbSplitBroadcast(episodes: readonly TimedEpisode[]): SplitBroadcast | undefined {
  const nights = new Map<string, number>();
  for (const e of episodes) {
    if (typeof e.runtime !== 'number' || e.runtime <= 0 || e.runtime > maxPartMinutes) return undefined;
    nights.set(e.airDate, (nights.get(e.airDate) ?? 0) + 1);
  }
  if (nights.size < 4 || [...nights.values()].some((n) => n !== 2)) return undefined;
  return { partsPerEpisode: 2, catalogNumbering: 'broadcast' };
}
