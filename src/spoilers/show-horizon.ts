import type { Evidence, SpoilerDecision, TextKind } from '../analyze/analysis-types.js';
import type { Analysed } from './analyse-sentences.js';
import {
  addDays,
  airedBy,
  earlierReading,
  latestAiredBy,
  mapEpisodeRef,
  numberingUnclear,
  type RefContext,
} from './map-episode-ref.js';
import type { EpisodeRef, ShowFacts } from './spoiler-types.js';

/** An episode reference of one show, in its sentence; `upcoming` when it names what is coming, not what was seen. */
export interface ShowRef {
  s: Analysed;
  ref: EpisodeRef;
  upcoming: boolean;
}

/** What one show's horizon is decided from: its references and plot sentences, and a few facts of the text. */
export interface HorizonInput {
  show: ShowFacts;
  refs: ShowRef[];
  plots: Analysed[];
  published: string | null;
  today: string;
  kind: TextKind;
  /** A brief text (a feed blurb, a video title) that names the show in its headline or dek. */
  briefHeadline: boolean;
  head: Analysed;
}

const relative = new Set([
  'previous',
  'same-night',
  'countdown',
  'time-date',
  'time-latest',
  'time-week',
  'time-weekday',
]);

/** The last episode aired before a given one (its night's earlier part is not before it: both air at once). */
function beforeEpisode(show: ShowFacts, ep: number): number {
  const next = show.episodes.find((e) => e.number === ep);
  return (next && latestAiredBy(show.episodes, addDays(next.airDate, -1))) ?? ep - 1;
}

/** The first episode released on the day a given one was (a night of two parts, a batch dropped at once). */
function firstOfDay(show: ShowFacts, ep: number): number {
  const day = show.episodes.find((e) => e.number === ep)?.airDate;
  if (!day) return ep;
  return Math.min(ep, ...show.episodes.filter((e) => e.airDate === day).map((e) => e.number));
}

/**
 * The first episode the text cannot have seen: the first aired after the publish date, or the first of a release
 * the text says is scheduled ("Episode 13 will be released on April 20", "4막 오늘(28일) 공개") unless it had aired
 * by the publish date. A scheduled episode is taken at the later reading of its number, from the first part of its
 * night, so the bound is never below what the text may have seen.
 */
function firstUnseen(show: ShowFacts, refs: ShowRef[], ctx: RefContext, today: string): number | null {
  const published = ctx.published;
  let first: number | null = null;
  if (published) {
    for (const e of show.episodes) if (e.airDate > published) first = Math.min(first ?? e.number, e.number);
    // A catalog that dates only some episodes still knows when the last one aired.
    if (show.lastAirDate && published < show.lastAirDate)
      first = Math.min(first ?? show.episodeCount, show.episodeCount);
  }
  for (const r of refs) {
    if (!r.ref.scheduled || r.ref.rule === 'previous') continue;
    const ep = mapEpisodeRef(r.ref, show, ctx, today);
    // Only an episode the catalog dates: an undated one may be where an earlier batch was mapped too.
    const day = ep === null ? undefined : show.episodes.find((e) => e.number === ep)?.airDate;
    if (ep === null || !day || (published && day < published)) continue;
    const from = firstOfDay(show, ep);
    first = Math.min(first ?? from, from);
  }
  return first;
}

/** Past tense in the sentence's own verb: Korean by its final predicate, English by a past form after a subject. */
function toldAsPast(s: Analysed): boolean {
  if (s.korean) return /[았었였했웠렸졌]\S{0,3}["”’'.!]*$/.test(s.text.replace(/[\s.…]+$/, ''));
  return /\b(?:was|were|had|did|got|went|came|took|made|left|fell|found|told|saw|knew|became)\b|\b(?:he|she|they|who|and|then|finally|[A-Z][a-z]+)\s+[a-z]{2,}ed\b/.test(
    s.text,
  );
}

/** A sentence that says it recaps or reviews the episode it names: the episode had aired. */
const declaresRecap = /\b(?:recap|review|recapped|reviewed)\b|리뷰|리캡|\[어제\s?TV\]/i;

/**
 * One show's spoiler horizon: the highest episode among its plot sentences (an ending sentence: the last episode),
 * with the sentences it rests on and how sure the episode is. See README.md for the rules.
 */
export function showHorizon(input: HorizonInput): SpoilerDecision | null {
  const { show, refs, plots, published, today, kind } = input;
  const ctx: RefContext = { published, current: null, upcoming: null };
  // First the episode the text promotes, as "the previous episode" is the one before it.
  for (const r of refs) {
    if (!r.upcoming || r.ref.rule === 'previous' || typeof r.ref.episode !== 'number') continue;
    const ep = mapEpisodeRef(r.ref, show, ctx, today);
    if (ep !== null) ctx.upcoming = Math.min(ctx.upcoming ?? ep, ep);
  }
  const unseen = firstUnseen(show, refs, ctx, today);
  if (unseen !== null && refs.some((r) => r.ref.scheduled)) ctx.upcoming = Math.min(ctx.upcoming ?? unseen, unseen);
  const resolved: Array<{ s: Analysed; ref: EpisodeRef; ep: number; unclear: boolean }> = [];
  const resolvedIn = new Map<Analysed, typeof resolved>();
  // Sentences whose every reference to this show is to an episode the text cannot have seen.
  const unseenIn = new Set<Analysed>();
  for (const r of refs) {
    let ep = mapEpisodeRef(r.ref, show, ctx, today);
    if (ep === null) continue;
    let unclear = numberingUnclear(r.ref, show);
    if (unseen !== null && ep >= unseen && r.ref.rule !== 'previous') {
      // A number with two readings whose later reading had not aired: the earlier one is meant.
      const earlier = unclear ? earlierReading(r.ref, show) : null;
      if (earlier !== null && earlier < unseen) {
        ep = earlier;
        unclear = false;
      } else if (!toldAsPast(r.s) && !declaresRecap.test(r.s.text)) {
        // Told in the past, or a recap declared ("6회 리뷰"), the text says it aired: its word wins over the dates.
        unseenIn.add(r.s);
        ctx.upcoming = Math.min(ctx.upcoming ?? ep, ep);
        continue;
      }
    }
    if (r.upcoming && r.ref.rule !== 'previous') {
      ctx.upcoming = Math.min(ctx.upcoming ?? ep, ep);
      continue;
    }
    const entry = { s: r.s, ref: r.ref, ep, unclear };
    resolved.push(entry);
    const list = resolvedIn.get(r.s);
    if (list) list.push(entry);
    else resolvedIn.set(r.s, [entry]);
    if (r.ref.rule !== 'previous') ctx.current = Math.max(ctx.current ?? 0, ep);
  }
  const noted = resolved.filter((r) => r.ref.rule !== 'previous').map((r) => r.ep);
  // The episode the text is about when a plot sentence names none: the highest it names or the one before the
  // episode it promotes (whichever is later), else the latest aired at the publish date.
  const before = ctx.upcoming ? beforeEpisode(show, ctx.upcoming) : null;
  const asOf = noted.length
    ? Math.max(...noted, before ?? 0)
    : (before ?? (published ? airedBy(show, published) : null));
  const evidence: Evidence[] = [];
  let horizon = 0;
  let confidence = 0.9;
  let current: number | null = null;
  // The sentences that can matter to this show, in text order: its plot sentences and those naming its episodes.
  const relevant = [...new Set([...plots, ...resolvedIn.keys()])].sort((a, b) => a.start - b.start);
  for (const s of relevant) {
    const mine = resolvedIn.get(s) ?? [];
    const numbers = mine.map((r) => r.ep);
    // A sentence about an episode not aired when it was written, in the present or future, describes a preview.
    const preview = !mine.length && unseenIn.has(s);
    if (s.role === 'ending' && s.about === show.id) {
      horizon = show.episodeCount;
      evidence.push({ text: s.text, start: s.start, end: s.end, rule: 'ending' });
    } else if ((s.role === 'plot' || s.role === 'ending') && (s.about === show.id || mine.length) && !preview) {
      if (s.byRef && !mine.length) continue;
      const ep = numbers.length ? Math.max(...numbers) : (current ?? asOf ?? show.episodeCount);
      // The episode the text names elsewhere (before or after this sentence) is as sure as a discussed one.
      if (!numbers.length) confidence = Math.min(confidence, current || noted.length ? 0.8 : asOf ? 0.6 : 0.4);
      else if (mine.some((r) => relative.has(r.ref.rule))) confidence = Math.min(confidence, 0.75);
      // A number with two readings on a show broadcast in parts: the later one is taken, and it is a guess.
      if (mine.some((r) => r.unclear)) confidence = Math.min(confidence, 0.6);
      if (ep > horizon) horizon = ep;
      const rule = numbers.length
        ? mine[0].ref.rule
        : current || noted.length
          ? 'discussed-episode'
          : asOf
            ? 'latest-aired'
            : 'whole-show';
      evidence.push({ text: s.text, start: s.start, end: s.end, rule });
      const source = !numbers.length && resolved.find((r) => r.ep === ep && r.s !== s)?.s;
      if (source && !evidence.some((e) => e.start === source.start))
        evidence.push({ text: source.text, start: source.start, end: source.end, rule: 'names-the-episode' });
    }
    // "The previous episode" is not the one being discussed.
    const discussed = mine.filter((r) => r.ref.rule !== 'previous').map((r) => r.ep);
    if (discussed.length) current = Math.max(current ?? 0, ...discussed);
  }
  // The kind cues say the text tells a story (a recap, a review, a finale, a making-of) but no sentence could be
  // read as its plot in a brief text (a feed blurb, a video title): the episode it names, else the latest aired,
  // with low confidence. In a full article the sentences decide.
  if (!horizon && input.briefHeadline && ['recap', 'review', 'finale', 'bts'].includes(kind)) {
    const named = noted.length ? Math.max(...noted) : null;
    const ep = kind === 'finale' && !named ? show.episodeCount : (named ?? asOf);
    if (ep) {
      horizon = ep;
      confidence = 0.4;
      const head = input.head;
      evidence.push({ text: head.text, start: head.start, end: head.end, rule: `kind-${kind}` });
    }
  }
  return horizon > 0 ? { show: show.id, throughEpisode: horizon, confidence, evidence: evidence.slice(0, 5) } : null;
}
