import type { Evidence, SpoilerDecision } from '../analyze/analysis-types.js';
import { showPositions } from './attribute-refs.js';
import { classifyTextKind, plotCue, preairCue, spoilerBanner } from './classify-text-kind.js';
import { decideRatings } from './decide-ratings.js';
import { findEpisodeRefs } from './find-episode-refs.js';
import {
  addDays,
  airedBy,
  latestAiredBy,
  mapEpisodeRef,
  numberingUnclear,
  type RefContext,
} from './map-episode-ref.js';
import { eventsBesidesDepiction, type SentenceRole, sentenceRole } from './sentence-roles.js';
import { type Sentence, splitSentences } from './split-sentences.js';
import type { EpisodeRef, ShowFacts, SpoilerInput, SpoilerResult } from './spoiler-types.js';
import { namesOneOf, textCharacters } from './text-characters.js';

interface Analysed extends Sentence {
  role: SentenceRole;
  refs: EpisodeRef[];
  /** Shows named in the sentence, in order, and the show it is about. */
  named: string[];
  about: string | null;
  /** Where shows are named inside the sentence, in order. */
  inside: Array<{ at: number; show: string; viaPerson?: boolean }>;
  /** Read as plot only because it names an episode: it tells that episode, so it counts only where one resolves. */
  byRef?: boolean;
}

const imagery = /\b(?:stills?|photos?|images?|posters?|teasers?|pictures?)\b|스틸|사진|포스터|티저/i;
const revealing = new Set<SentenceRole>(['plot', 'ending']);
const relative = new Set([
  'previous',
  'same-night',
  'countdown',
  'time-date',
  'time-latest',
  'time-week',
  'time-weekday',
]);

/** Each sentence with its role, its episode references, and the show it is about (named in it, else carried over). */
export function analyseSentences(input: SpoilerInput): Analysed[] {
  const { doc, mentions, shows } = input;
  const positions = showPositions(
    [...mentions].sort((a, b) => a.start - b.start),
    shows,
    doc.text,
  );
  const refs = findEpisodeRefs(doc.text);
  const counts = new Map<string, number>();
  for (const p of positions) counts.set(p.show, (counts.get(p.show) ?? 0) + 1);
  // A character's name alone ("K", a character who shares an actor's name) names a show only if its title is in the text.
  const byTitle = new Set(mentions.filter((m) => m.kind === 'show' && m.id).map((m) => m.id!.split('/')[0]));
  if (!byTitle.size && shows.length === 1) byTitle.add(shows[0].id);
  const headlineEnd = doc.blocks.find((b) => b.kind === 'headline')?.end ?? 0;
  const headlined = positions.find((p) => p.at < headlineEnd && !p.viaPerson && byTitle.has(p.show))?.show;
  const focus =
    headlined ?? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (shows.length === 1 ? shows[0].id : null);
  let carried: string | null = null;
  let carriedBlock = -1;
  const cast = textCharacters(doc.text, mentions);
  const premiseBlocks = new Set<number>();
  let showsImages = false;
  // Sentences, positions, mentions and references are all in text order: each sentence's share is cut by binary
  // search (a filter over the whole text per sentence made long texts quadratic).
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const slice = <T>(list: T[], at: (x: T) => number, from: number, to: number) =>
    list.slice(lowerBound(list, at, from), lowerBound(list, at, to));
  return splitSentences(doc).map((s, i, all) => {
    const inside = slice(positions, (p) => p.at, s.start, s.end);
    const here = slice(byStart, (m) => m.start, s.start, s.end).filter((m) => m.end <= s.end);
    const titled = inside.filter((p) => !p.viaPerson && byTitle.has(p.show)).map((p) => p.show);
    // A cast member names a show only in a text with no main show (actors are in many shows, and in the text's).
    const named =
      titled.length || !focus ? [...titled, ...inside.filter((p) => !titled.includes(p.show)).map((p) => p.show)] : [];
    const linked = here.filter((m) => m.kind === 'character');
    const characters = linked.length > 0 || namesOneOf(s.text, cast);
    const opening = i === 0 || all[i - 1].blockIndex !== s.blockIndex;
    // Titles are names, not words: "Our Blues" is no first person, "Queen of Tears" no crying.
    const titles = here.filter((m) => m.kind === 'show');
    const masked = !titles.length
      ? s.text
      : titles.reduceRight(
          (t, m) => t.slice(0, m.start - s.start) + 'Title'.padEnd(m.end - m.start, ' ') + t.slice(m.end - s.start),
          s.text,
        );
    let byRef = false;
    let role = sentenceRole(
      { ...s, text: masked },
      {
        namesCharacter: characters,
        premiseBlock: premiseBlocks.has(s.blockIndex),
        characters: [...cast, ...linked.map((m) => m.text)],
      },
    );
    if (opening && role === 'premise') premiseBlocks.add(s.blockIndex);
    const mine = slice(refs, (r) => r.start, s.start, s.end);
    if (role === 'plot' && premiseBlocks.has(s.blockIndex) && !plotCue.test(s.text) && !mine.length) role = 'premise';
    // An episode named next to its characters or a scene of it: "the wedding scene from episode 1", "the premiere
    // introduces the Yeom siblings", a headline "Lovely Runner episode 12" over a recap.
    const numbered = mine.some((r) => typeof r.episode === 'number' || r.rule !== 'countdown');
    // Unsure what a sentence that names an episode does: the later reading (it tells that episode) is the safe one.
    const question = /\?["”’]?$/.test(s.text);
    // A date alone ("On March 9, the drama took the top spot") is when something happened, not that a story did.
    const datedOnly = mine.every((r) => r.rule.startsWith('time-'));
    // A scene, or the making-of of an episode (it shows the episode's scenes).
    const scene =
      numbered && /\bscenes?\b|\bmaking\b|behind[- ]the[- ]scenes|\bBTS\b|장면|비하인드|메이킹/i.test(s.text);
    if (numbered && !mine.some((r) => r.upcoming) && role === 'other' && (!datedOnly || characters || scene)) {
      role = 'plot';
      byRef = true;
    }
    if (numbered && !question && !mine.some((r) => r.upcoming) && ['production', 'reaction'].includes(role)) {
      const headline = (s.block === 'headline' || s.block === 'heading') && s.text.length < 90;
      if (characters || headline || scene) {
        role = 'plot';
        byRef = true;
      }
    }
    // In a text about stills or a poster, "the two are seen sitting on the steps" describes an image.
    if (role === 'promotion' && imagery.test(s.text)) showsImages = true;
    if (role === 'plot' && showsImages && !mine.length && !eventsBesidesDepiction(s.text, s.korean)) role = 'promotion';
    // Within a paragraph the show last named carries over; a new paragraph returns to the text's main show.
    const about: string | null = named[0] ?? (carriedBlock === s.blockIndex ? carried : focus);
    if (named.length) {
      carried = named[named.length - 1];
      carriedBlock = s.blockIndex;
    }
    return { ...s, role, refs: mine, named, about, inside, byRef };
  });
}

/** The first index of a list sorted by `at` whose value is at least `value`. */
function lowerBound<T>(sorted: T[], at: (x: T) => number, value: number): number {
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (at(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last episode aired before a given one (its night's earlier part is not before it: both air at once). */
function beforeEpisode(show: ShowFacts, ep: number): number {
  const next = show.episodes.find((e) => e.number === ep);
  return (next && latestAiredBy(show.episodes, addDays(next.airDate, -1))) ?? ep - 1;
}

/** The show a reference in a sentence belongs to: the nearest show named before it in the sentence, else the sentence's. */
function refShow(ref: EpisodeRef, s: Analysed): string | null {
  const before = s.inside.filter((p) => p.at < ref.start);
  return before[before.length - 1]?.show ?? s.inside[0]?.show ?? s.about;
}

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
  type Ref = { s: Analysed; ref: EpisodeRef; upcoming: boolean };
  const refsOf = new Map<string, Ref[]>();
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
    const ctx: RefContext = { published, current: null, upcoming: null };
    const mineRefs = refsOf.get(show.id) ?? [];
    // First the episode the text promotes, as "the previous episode" is the one before it.
    for (const r of mineRefs) {
      if (!r.upcoming || r.ref.rule === 'previous' || typeof r.ref.episode !== 'number') continue;
      const ep = mapEpisodeRef(r.ref, show, ctx, today);
      if (ep !== null) ctx.upcoming = Math.min(ctx.upcoming ?? ep, ep);
    }
    const resolved: Array<{ s: Analysed; ref: EpisodeRef; ep: number }> = [];
    const resolvedIn = new Map<Analysed, typeof resolved>();
    for (const r of mineRefs) {
      const ep = mapEpisodeRef(r.ref, show, ctx, today);
      if (ep === null) continue;
      if (r.upcoming && r.ref.rule !== 'previous') {
        ctx.upcoming = Math.min(ctx.upcoming ?? ep, ep);
        continue;
      }
      const entry = { s: r.s, ref: r.ref, ep };
      resolved.push(entry);
      const list = resolvedIn.get(r.s);
      if (list) list.push(entry);
      else resolvedIn.set(r.s, [entry]);
      if (r.ref.rule !== 'previous') ctx.current = Math.max(ctx.current ?? 0, ep);
    }
    const noted = resolved.filter((r) => r.ref.rule !== 'previous').map((r) => r.ep);
    // The episode the text is about when a plot sentence names none: the highest it names, else the one before the
    // episode it promotes, else the latest aired at the publish date.
    const asOf = noted.length
      ? Math.max(...noted)
      : ctx.upcoming
        ? beforeEpisode(show, ctx.upcoming)
        : published
          ? airedBy(show, published)
          : null;
    const evidence: Evidence[] = [];
    let horizon = 0;
    let confidence = 0.9;
    let current: number | null = null;
    // The sentences that can matter to this show, in text order: its plot sentences and those naming its episodes.
    const relevant = [...new Set([...(plotsOf.get(show.id) ?? []), ...resolvedIn.keys()])].sort(
      (a, b) => a.start - b.start,
    );
    for (const s of relevant) {
      const mine = resolvedIn.get(s) ?? [];
      const numbers = mine.map((r) => r.ep);
      if (s.role === 'ending' && s.about === show.id) {
        horizon = show.episodeCount;
        evidence.push({ text: s.text, start: s.start, end: s.end, rule: 'ending' });
      } else if (revealing.has(s.role) && (s.about === show.id || mine.length) && (!s.byRef || mine.length)) {
        const ep = numbers.length ? Math.max(...numbers) : (current ?? asOf ?? show.episodeCount);
        // The episode the text names elsewhere (before or after this sentence) is as sure as a discussed one.
        if (!numbers.length) confidence = Math.min(confidence, current || noted.length ? 0.8 : asOf ? 0.6 : 0.4);
        else if (mine.some((r) => relative.has(r.ref.rule))) confidence = Math.min(confidence, 0.75);
        // A number with two readings on a show broadcast in parts: the later one is taken, and it is a guess.
        if (numbers.length && mine.some((r) => numberingUnclear(r.ref, show))) confidence = Math.min(confidence, 0.6);
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
      if (numbers.length) current = Math.max(current ?? 0, ...numbers);
    }
    // The kind cues say the text tells a story (a recap, a review, a finale, a making-of) but no sentence could be
    // read as its plot in a brief text (a feed blurb, a video title): the episode it names, else the latest aired,
    // with low confidence. In a full article the sentences decide.
    if (!horizon && brief && inHeadline.has(show.id) && ['recap', 'review', 'finale', 'bts'].includes(kind)) {
      const named = noted.length ? Math.max(...noted) : null;
      const ep = kind === 'finale' && !named ? show.episodeCount : (named ?? asOf);
      if (ep) {
        horizon = ep;
        confidence = 0.4;
        const head = sentences[0];
        evidence.push({ text: head.text, start: head.start, end: head.end, rule: `kind-${kind}` });
      }
    }
    if (horizon > 0)
      spoilers.push({ show: show.id, throughEpisode: horizon, confidence, evidence: evidence.slice(0, 5) });
  }
  return { kind, spoilers, ratings: decideRatings(input, sentences) };
}
