import type { SpoilerDecision } from '../analyze/analysis-types.js';
import { type Analysed, analyseSentences, refShow } from './analyse-sentences.js';
import { classifyTextKind, plotCue, preairCue, spoilerBanner } from './classify-text-kind.js';
import { decideRatings } from './decide-ratings.js';
import type { SentenceRole } from './sentence-roles.js';
import { type ShowRef, showHorizon } from './show-horizon.js';
import type { ShowFacts, SpoilerInput, SpoilerResult } from './spoiler-types.js';

export { analyseSentences } from './analyse-sentences.js';

const revealing = new Set<SentenceRole>(['plot', 'ending']);

/**
 * Decides, for every show a text talks about, the highest episode it reveals (its spoiler horizon), with the
 * sentences it rests on. The text is split into sentences; each gets a role (plot, ending, premise, promotion,
 * production, ratings, reaction, navigation) and a show; only plot and ending sentences reveal. A plot sentence's
 * episode is the one it names (numbers, dates placed inside the show's run, relative references), else the episode
 * the text is discussing at that point, else the latest aired at the publish date, else the whole show.
 */
export function decideSpoilers(input: SpoilerInput): SpoilerResult {
  const { doc, shows, today } = input;
  const published = doc.published;
  const sentences = analyseSentences(input);
  const beforePremiere = (s: ShowFacts) => !!published && !!s.episodes[0] && published < s.episodes[0].airDate;
  const plots = sentences.filter((s) => revealing.has(s.role));
  const byId = new Map(shows.map((s) => [s.id, s]));
  // Each reference's show and each plot sentence's, worked out once: a text naming 40 shows must not cost 40 passes
  // over its sentences.
  const refsOf = new Map<string, ShowRef[]>();
  const plotsOf = new Map<string, Analysed[]>();
  const inHeadline = new Set<string>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  let refCount = 0;
  for (const s of sentences) {
    const explicit = s.refs.some((r) => typeof r.episode === 'number');
    for (const ref of s.refs) {
      const id = refShow(ref, s);
      // Episodes named of a show that had not premiered ("Part 1 arrives December 30") are pre-air news.
      const show = byId.get(id ?? '');
      if (!show || !beforePremiere(show)) refCount++;
      // An explicit number wins over a date or a relative phrase of the same sentence.
      if (!id || (explicit && typeof ref.episode !== 'number' && ref.rule !== 'countdown')) continue;
      add(refsOf, id, { s, ref, upcoming: !!ref.upcoming || s.role === 'promotion' });
    }
    if (revealing.has(s.role) && s.about) add(plotsOf, s.about, s);
    if (s.block === 'headline' || s.block === 'dek') for (const id of s.named) inHeadline.add(id);
  }
  const allPreair = shows.length > 0 && shows.every(beforePremiere);
  const kind = classifyTextKind(doc.text, {
    beforePremiere: allPreair || (!plots.length && !refCount && preairCue.test(doc.text) && shows.some(beforePremiere)),
    plot: plots.length > 0 || (!!spoilerBanner.exec(doc.text) && plotCue.test(doc.text)),
    episodes: refCount > 0,
  });
  const brief = sentences.filter((s) => s.role !== 'navigation').length <= 4;

  const spoilers: SpoilerDecision[] = [];
  for (const show of shows) {
    if (beforePremiere(show)) continue;
    const decision = showHorizon({
      show,
      refs: refsOf.get(show.id) ?? [],
      plots: plotsOf.get(show.id) ?? [],
      published,
      today,
      kind,
      briefHeadline: brief && inHeadline.has(show.id),
      head: sentences[0],
    });
    if (decision) spoilers.push(decision);
  }
  return { kind, spoilers, ratings: decideRatings(input, sentences) };
}
