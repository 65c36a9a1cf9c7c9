import { findNetworks } from './find-networks.js';
import { hasDramaWord, isHeadlineCased, lineBounds, sentenceBounds } from './title-context.js';
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
const listSets = new WeakMap<readonly string[], Set<string>>();

/**
 * The context of one text, worked out only where a possible title needs it and then remembered: its headline
 * lines, the networks it names, what surrounds the last span asked about, and whether something nearby speaks for
 * a given show.
 */
export class MatchContext {
  private networkMatches: NetworkMatch[] | null = null;
  private headlines = new Map<number, boolean>();
  private around: Surroundings | null = null;
  private searches = new Map<readonly string[], number>();

  constructor(
    readonly text: string,
    readonly index: TitleIndex,
    readonly support: SupportSpan[],
  ) {}

  /** Whether the line holding `pos` is Title-Cased or in capitals. */
  inHeadline(pos: number): boolean {
    const [s, e] = lineBounds(this.text, pos);
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
    const paragraph = lineBounds(text, start);
    const [ps, pe] = paragraph;
    const near = (s: number, e: number) => e > ps && s < pe && !(s < end && start < e);
    this.networkMatches ??= findNetworks(text, this.index);
    this.around = {
      start,
      end,
      sentence,
      paragraph,
      dramaWord: hasDramaWord(text, sentence[0], start) || hasDramaWord(text, end, Math.max(end, sentence[1])),
      networks: this.networkMatches.filter((n) => near(n.start, n.end)),
      support: this.support.filter((s) => near(s.start, s.end)),
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
