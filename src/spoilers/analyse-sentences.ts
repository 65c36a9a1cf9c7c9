import { showPositions } from './attribute-refs.js';
import { findEpisodeRefs } from './find-episode-refs.js';
import { eventsBesidesDepiction, opensSetup, type SentenceRole, sentenceRole, storyAdvance } from './sentence-roles.js';
import { type Sentence, splitSentences } from './split-sentences.js';
import type { EpisodeRef, SpoilerInput } from './spoiler-types.js';
import { namesOneOf, textCharacters } from './text-characters.js';

export interface Analysed extends Sentence {
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
    // A paragraph that opens with the premise, or the rest of one after a frame ("The story follows …"), is the
    // synopsis: its narration is the setup unless it names an episode or moves the story on ("finally", "later").
    if (role === 'premise' && (opening || opensSetup(s.text))) premiseBlocks.add(s.blockIndex);
    const mine = slice(refs, (r) => r.start, s.start, s.end);
    if (role === 'plot' && premiseBlocks.has(s.blockIndex) && !storyAdvance.test(s.text) && !mine.length)
      role = 'premise';
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
    // A review of a whole part or season ("Part 2 Review: …") gives an opinion of it, not its events; so does a
    // reaction to one ("Part 1 left viewers on a cliffhanger"), unless it names a scene of it.
    const batchOnly = mine.length > 0 && mine.every((r) => r.rule === 'batch');
    const wholeReview = batchOnly && /\breview\b|리뷰/i.test(s.text);
    if (
      numbered &&
      !wholeReview &&
      !mine.some((r) => r.upcoming) &&
      role === 'other' &&
      (!datedOnly || characters || scene)
    ) {
      role = 'plot';
      byRef = true;
    }
    if (
      numbered &&
      !question &&
      !wholeReview &&
      !mine.some((r) => r.upcoming) &&
      ['production', 'reaction'].includes(role)
    ) {
      const headline = (s.block === 'headline' || s.block === 'heading') && s.text.length < 90;
      if (scene || (!batchOnly && (characters || headline))) {
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
    // Fields written out: a spread of the sentence object was a third of this function's time (a profile of the
    // analysis bench), as it builds each object through a slow generic path.
    const { start, end, text, block, blockIndex, korean } = s;
    return { start, end, text, block, blockIndex, korean, role, refs: mine, named, about, inside, byRef };
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

/** The show a reference in a sentence belongs to: the nearest show named before it in the sentence, else the sentence's. */
export function refShow(ref: EpisodeRef, s: Analysed): string | null {
  const before = s.inside.filter((p) => p.at < ref.start);
  return before[before.length - 1]?.show ?? s.inside[0]?.show ?? s.about;
}
