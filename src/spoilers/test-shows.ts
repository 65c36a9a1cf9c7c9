import type { Mention } from '../analyze/analysis-types.js';
import { resolveEpisodeDates } from '../catalog/episode-dates.js';
import type { ShowFacts } from './spoiler-types.js';

/** Real shows for the spoiler tests (facts from the starter catalog), and a tiny stand-in for the linker. */
export const testShows: Record<string, ShowFacts & { names: string[] }> = {
  'my-liberation-notes': {
    id: 'my-liberation-notes',
    title: 'My Liberation Notes',
    episodeCount: 16,
    episodes: resolveEpisodeDates({ episodeCount: 16, firstAirDate: '2022-04-09', schedule: ['Sat', 'Sun'] }),
    castPersonIds: ['son-suk-ku', 'kim-ji-won'],
    names: ['My Liberation Notes', 'My Liberation Diary', 'Mr. Gu', 'Son Suk-ku', 'Kim Ji-won'],
  },
  'our-blues': {
    id: 'our-blues',
    title: 'Our Blues',
    episodeCount: 20,
    episodes: resolveEpisodeDates({ episodeCount: 20, firstAirDate: '2022-04-09', schedule: ['Sat', 'Sun'] }),
    castPersonIds: ['lee-byung-hun', 'shin-min-a'],
    names: ['Our Blues', 'Lee Byung-hun', 'Shin Min-a'],
  },
  'the-glory': {
    id: 'the-glory',
    title: 'The Glory',
    episodeCount: 16,
    episodes: Array.from({ length: 16 }, (_, i) => ({ number: i + 1, airDate: i < 8 ? '2022-12-30' : '2023-03-10' })),
    castPersonIds: ['song-hye-kyo'],
    names: ['The Glory', 'Song Hye-kyo'],
  },
};

/** Mentions of the test shows' names in a text, as the linker would give them. */
export function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const show of Object.values(testShows))
    for (const name of show.names)
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const person = show.castPersonIds.find((p) => p.replace(/-/g, ' ') === name.toLowerCase().replace(/-/g, ' '));
        const kind = name === 'Mr. Gu' ? 'character' : person ? 'person' : 'show';
        const id = kind === 'character' ? `${show.id}/구씨` : kind === 'person' ? person! : show.id;
        out.push({ text: name, start: at, end: at + name.length, kind, id, confidence: 0.9 });
      }
  return out.sort((a, b) => a.start - b.start);
}
