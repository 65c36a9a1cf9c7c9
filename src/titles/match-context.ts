import { findNetworks } from './find-networks.js';
import { hasDramaWord, isHeadlineCased, sentenceBounds } from './title-context.js';
import type { NetworkMatch, SupportSpan, TitleIndex } from './title-types.js';

export type Nearness = 'sentence' | 'paragraph' | null;

interface Surroundings {
  start: number;
  end: number;
  sentence: [number, number];
  paragraph: [number, number];
  dramaWord: boolean;
  /** Network mentions and support spans in the paragraph, other than the span itself. */
  networks: NetworkMatch[];
  support: SupportSpan[];
}

/**
 * A long support list (a network's shows) is searched as it is a few times, then turned into a set, kept for as
 * long as the list lives: the linker passes the same list for every mention of a network, text after text.
 */
const SEARCHES_BEFORE_SET = 4;
/**
 * A paragraph is context this far either side of a span at most: a text with no line breaks is one paragraph, and
 * looking through all of it for every span made long texts quadratic.
 */
const PARAGRAPH_REACH = 3000;

/** The first index of a sorted list whose value is at least `value`. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans in text order, with their starts and longest length, to find those near a range by binary search. */
class SpanList<T extends { start: number; end: number }> {
  private readonly spans: T[];
  private readonly starts: number[];
  private readonly longest: number;
  constructor(spans: T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.starts = this.spans.map((s) => s.start);
    this.longest = this.spans.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }
  /** The spans that reach into [from, to) and pass `keep`. */
  within(from: number, to: number, keep: (span: T) => boolean): T[] {
    const out: T[] = [];
    for (let i = lowerBound(this.starts, from - this.longest); i < this.spans.length && this.spans[i].start < to; i++)
      if (keep(this.spans[i])) out.push(this.spans[i]);
    return out;
  }
}
const listSets = new WeakMap<readonly string[], Set<string>>();

/**
 * The context of one text, worked out only where a possible title needs it and then remembered: its headline
 * lines, the networks it names, what surrounds the last span asked about, and whether something nearby speaks for
 * a given show.
 */
export class MatchContext {
  private networkMatches: SpanList<NetworkMatch> | null = null;
  private supportSpans: SpanList<SupportSpan> | null = null;
  private newlines: number[] | null = null;
  private headlines = new Map<number, boolean>();
  private around: Surroundings | null = null;
  private searches = new Map<readonly string[], number>();

  constructor(
    readonly text: string,
    readonly index: TitleIndex,
    readonly support: SupportSpan[],
  ) {}

  /** Whether the line holding `pos` is Title-Cased or in capitals. */
  /** The line holding `pos` (what `lineBounds` gives), from an index of the line breaks built once. */
  private lineOf(pos: number): [number, number] {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.newlines.push(i);
    }
    const next = lowerBound(this.newlines, pos);
    return [
      next > 0 ? this.newlines[next - 1] + 1 : 0,
      next < this.newlines.length ? this.newlines[next] : this.text.length,
    ];
  }

  inHeadline(pos: number): boolean {
    const [s, e] = this.lineOf(pos);
    let cased = this.headlines.get(s);
    if (cased === undefined) {
      cased = isHeadlineCased(this.text, s, e);
      this.headlines.set(s, cased);
    }
    return cased;
  }

  private surroundings(start: number, end: number): Surroundings {
    if (this.around?.start === start && this.around.end === end) return this.around;
    const { text } = this;
    const sentence = sentenceBounds(text, start);
    const [ls, le] = this.lineOf(start);
    const paragraph: [number, number] = [Math.max(ls, start - PARAGRAPH_REACH), Math.min(le, end + PARAGRAPH_REACH)];
    const [ps, pe] = paragraph;
    const near = (s: number, e: number) => e > ps && s < pe && !(s < end && start < e);
    this.networkMatches ??= new SpanList(findNetworks(text, this.index));
    this.supportSpans ??= new SpanList(this.support);
    this.around = {
      start,
      end,
      sentence,
      paragraph,
      dramaWord: hasDramaWord(text, sentence[0], start) || hasDramaWord(text, end, Math.max(end, sentence[1])),
      networks: this.networkMatches.within(ps, pe, (n) => near(n.start, n.end)),
      support: this.supportSpans.within(ps, pe, (s) => near(s.start, s.end)),
    };
    return this.around;
  }

  private lists(span: SupportSpan, showId: string): boolean {
    const list = span.showIds;
    if (list.length <= 16) return list.includes(showId);
    let set = listSets.get(list);
    if (!set) {
      const searched = this.searches.get(list) ?? 0;
      if (searched < SEARCHES_BEFORE_SET) {
        this.searches.set(list, searched + 1);
        return list.includes(showId);
      }
      set = new Set(list);
      listSets.set(list, set);
    }
    return set.has(showId);
  }

  /**
   * How near the span something speaks for this show: a drama word in its sentence; its network, or a support span
   * that lists it (a cast member), in its sentence or its paragraph.
   */
  supportFor(show: number, start: number, end: number, dramaWords = true): Nearness {
    const around = this.surroundings(start, end);
    if (dramaWords && around.dramaWord) return 'sentence';
    const [ss, se] = around.sentence;
    const entry = this.index.shows[show];
    let best: Nearness = null;
    const consider = (s: number, e: number) => {
      if (best !== 'sentence') best = s < se && e > ss ? 'sentence' : 'paragraph';
    };
    for (const n of around.networks) if (n.networkId === entry.networkId) consider(n.start, n.end);
    for (const span of around.support) {
      if (best === 'sentence') break;
      if (this.lists(span, entry.showId)) consider(span.start, span.end);
    }
    return best;
  }
}
