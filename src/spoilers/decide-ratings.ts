import type { Evidence, RatingsDecision } from '../analyze/analysis-types.js';
import { type Analysed, refShow } from './analyse-sentences.js';
import { airedBy, mapEpisodeRef, type RefContext } from './map-episode-ref.js';
import type { SpoilerInput } from './spoiler-types.js';

/**
 * The episodes whose ratings a text reports ("episode 10 drew 10.2 %", "Sunday's ratings", "finished with 17.5 %").
 * A ratings figure tells nothing of the plot, so it is no spoiler horizon; but a jump or a fall can give away what
 * happened, and the show page hides the ratings of episodes past the reader's progress, so an item reporting them
 * is gated the same way. A ratings sentence that names no episode reports the latest aired at the publish date.
 */
export function decideRatings(input: SpoilerInput, sentences: Analysed[]): RatingsDecision[] {
  const { shows, today } = input;
  const published = input.doc.published;
  const out: RatingsDecision[] = [];
  const rated = sentences.filter((s) => s.role === 'ratings');
  if (!rated.length) return out;
  for (const show of shows) {
    if (published && show.episodes[0] && published < show.episodes[0].airDate) continue;
    const ctx: RefContext = { published, current: null, upcoming: null };
    let episode = 0;
    let confidence = 0.9;
    const evidence: Evidence[] = [];
    for (const s of rated) {
      const refs = s.refs.filter((r) => !r.upcoming && refShow(r, s) === show.id);
      if (!refs.length && s.about !== show.id && !s.named.includes(show.id)) continue;
      const numbers = refs.flatMap((r) => mapEpisodeRef(r, show, ctx, today) ?? []);
      const ep = numbers.length ? Math.max(...numbers) : airedBy(show, published ?? today);
      if (!ep) continue;
      if (!numbers.length) confidence = Math.min(confidence, 0.6);
      episode = Math.max(episode, ep);
      evidence.push({ text: s.text, start: s.start, end: s.end, rule: 'ratings' });
    }
    if (episode > 0) out.push({ show: show.id, episode, confidence, evidence: evidence.slice(0, 5) });
  }
  return out;
}
