import { contentStems, stemWord } from './build-loose-index.js';
import { lookupKey } from './key-table.js';
import { MatchContext } from './match-context.js';
import { titleKey } from './normalize-title.js';
import { isQuoted } from './title-context.js';
import type { SupportSpan, TitleIndex, TitleMatch } from './title-types.js';

/** Stems in more titles than this say nothing about which one is meant ("love", "king"). */
const MAX_STEM_TITLES = 200;
const MAX_WORDS = 8;

interface Word {
  start: number;
  end: number;
  text: string;
  /** Joined to the word before by one space or a hyphen (else a run of title words ends there). */
  joined: boolean;
}

const startsUpper = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : w[0] !== w[0].toLowerCase();
};
const isCapital = (w: string) => startsUpper(w) || /^\d+$/.test(w);
const minor = /^(?:a|an|the|of|on|in|for|from|to|with|by|at|and|or|vs|my|your)$/;

function words(text: string): Word[] {
  const out: Word[] = [];
  // Latin words (the loose matcher compares Latin titles): letters with accents, digits, an apostrophe suffix.
  for (const m of text.matchAll(/[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)?/g)) {
    const start = m.index ?? 0;
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, start) : '';
    out.push({ start, end: start + m[0].length, text: m[0], joined: gap === ' ' || gap === '-' });
  }
  return out;
}

/**
 * Titles written otherwise than the catalog has them, found only where the text supports the show: a dropped or
 * added minor word, an inflected or reordered word ("Fight My Way", "Memories of Alhambra", "Descended From the
 * Sun", "Emergency Love Landing"), or two of three words in common with the show's cast or network nearby
 * ("Crash Landed Love"); and acronyms of titles ("CLOY", "MDBC") in a text whose people, networks or titles speak
 * for the show. Spans an exact title match covers are left to it.
 */
export function findLooseTitles(
  text: string,
  index: TitleIndex,
  support: SupportSpan[],
  exact: TitleMatch[],
): TitleMatch[] {
  const { loose } = index;
  const ctx = new MatchContext(text, index, support);
  const found: TitleMatch[] = [];
  // A span inside an exact find, or across its edge, is left to it; one that holds a whole exact find may replace it.
  const inside = (s: number, e: number) =>
    exact.some((t) => s < t.end && t.start < e && !(s <= t.start && t.end <= e && e - s > t.end - t.start));
  const ws = words(text);
  // Only runs with a word that few titles share can name one: most capitalised runs are names and sentence starts.
  const telling = (k: number) => {
    const forms = loose.byStem.get(stemWord(ws[k].text));
    return !!forms && forms.length <= MAX_STEM_TITLES;
  };
  let runEnd = -1;
  let runTells = false;
  for (let i = 0; i < ws.length; i++) {
    if (!startsUpper(ws[i].text)) continue;
    if (i > runEnd) {
      runEnd = i;
      while (
        runEnd + 1 < ws.length &&
        ws[runEnd + 1].joined &&
        (isCapital(ws[runEnd + 1].text) || minor.test(ws[runEnd + 1].text))
      )
        runEnd++;
      runTells = false;
      for (let k = i; k <= runEnd && runEnd > i && !runTells; k++) runTells = telling(k);
    }
    if (!runTells) continue;
    let best: TitleMatch | null = null;
    for (let j = i + 1; j < ws.length && j - i < MAX_WORDS && ws[j].joined; j++) {
      const w = ws[j].text;
      if (!isCapital(w) && !minor.test(w)) break;
      if (!isCapital(w)) continue;
      const start = ws[i].start;
      const end = ws[j].end;
      if (inside(start, end)) continue;
      const spanWords = ws.slice(i, j + 1).map((x) => x.text);
      const stems = contentStems(spanWords);
      if (stems.length < 2 || lookupKey(index.table, titleKey(spanWords.join(' ')).key)) continue;
      const match = bestForm(ctx, stems, start, end);
      if (match && (!best || match.confidence >= best.confidence)) best = match;
    }
    if (best) found.push(best);
  }
  for (const w of ws) {
    const shows = w.text.length <= 6 ? loose.acronyms.get(w.text) : undefined;
    const { start, end } = w;
    if (!shows || inside(start, end)) continue;
    const backed = shows.filter(
      (show) =>
        exact.some((t) => t.showId === index.shows[show].showId) ||
        support.some((s) => s.showIds.includes(index.shows[show].showId)) ||
        ctx.supportFor(show, start, end) === 'sentence',
    );
    if (backed.length === 1) found.push(toMatch(text, index, backed[0], start, end, 0.7));
  }
  // Longest first, none overlapping another.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TitleMatch[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);

  function bestForm(context: MatchContext, stems: string[], start: number, end: number): TitleMatch | null {
    const candidates = new Set<number>();
    for (const s of stems) {
      const forms = loose.byStem.get(s);
      if (forms && forms.length <= MAX_STEM_TITLES) for (const f of forms) candidates.add(f);
    }
    let best: TitleMatch | null = null;
    const have = new Set(stems);
    for (const f of candidates) {
      const form = loose.forms[f];
      const own = new Set(form.stems);
      const shared = [...own].filter((s) => have.has(s)).length;
      const ratio = shared / Math.max(have.size, own.size);
      if (shared < 2 || ratio < 2 / 3 || (ratio < 1 && have.size < 3)) continue;
      // The span begins on a word of the title (it is not a title after a network or a name), and one that has every
      // word of the title ends on one of them (it is not a title and the words after it).
      // With words missing or replaced, it begins where the title does ("Crash Landed Love").
      if (!own.has(stems[0]) || (shared === own.size && !own.has(stems[stems.length - 1]))) continue;
      if (ratio < 1 && stems[0] !== form.stems[0]) continue;
      // The same words: the text's drama words are support enough; fewer in common: its cast or network.
      const near = context.supportFor(form.show, start, end, ratio === 1);
      if (!near) continue;
      const confidence = ratio === 1 ? 0.8 : 0.65;
      if (!best || confidence > best.confidence) best = toMatch(text, index, form.show, start, end, confidence);
    }
    return best;
  }
}

function toMatch(text: string, index: TitleIndex, show: number, start: number, end: number, confidence: number) {
  const showId = index.shows[show].showId;
  return {
    start,
    end,
    text: text.slice(start, end),
    showId,
    candidates: [showId],
    form: 'loose',
    quoted: isQuoted(text, start, end),
    confidence,
  } satisfies TitleMatch;
}
