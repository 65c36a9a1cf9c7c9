import { formsAt } from './key-table.js';
import { MatchContext } from './match-context.js';
import { scanTitles, type TitleHit } from './scan-titles.js';
import { isQuoted, matchCasing } from './title-context.js';
import type { IndexedForm, SupportSpan, TitleForm, TitleIndex, TitleMatch } from './title-types.js';
import { weighForm } from './weigh-title-match.js';

const formRank: Record<TitleForm, number> = { title: 0, hangul: 1, alias: 2, romanized: 3, loose: 4 };

interface Reading {
  show: number;
  form: IndexedForm;
  confidence: number;
  start: number;
  quoted: boolean;
}

/**
 * Every show a text names, by title, alias, Hangul title or romanization, in text order. Overlapping finds keep the
 * longest ("Hospital Playlist 2" over "Hospital Playlist"). Shows that share the written title come back as
 * `showId: null` with every candidate, unless exactly one of them has its network or a cast member (`support`)
 * nearby, which then is the show.
 */
export function findTitles(text: string, index: TitleIndex, support: SupportSpan[] = []): TitleMatch[] {
  const hits = scanTitles(text, index.table);
  if (!hits.length) return [];
  const ctx = new MatchContext(text, index, support);
  // Longest first, so that words inside a longer title found already are not weighed at all.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const covered = new Uint8Array(text.length);
  const isFree = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (covered[i]) return false;
    return true;
  };
  const found: TitleMatch[] = [];
  for (const hit of hits) {
    if (!isFree(hit.start, hit.end)) continue;
    const match = readHit(ctx, hit);
    if (!match || !isFree(match.start, match.end)) continue;
    covered.fill(1, match.start, match.end);
    found.push(match);
  }
  return found.sort((a, b) => a.start - b.start);
}

function readHit(ctx: MatchContext, hit: TitleHit): TitleMatch | null {
  const { text, index } = ctx;
  const the = precedingThe(text, hit.start);
  const readings = new Map<number, Reading>();
  const casing = matchCasing(text, hit.start, hit.end);
  const quoted = isQuoted(text, hit.start, hit.end) || (the >= 0 && isQuoted(text, the, hit.end));
  for (const form of formsAt(index.table, hit.keyIndex)) {
    const start = form.hadThe && the >= 0 ? the : hit.start;
    const confidence = weighForm(ctx, form, {
      start,
      end: hit.end,
      keyStart: hit.start,
      quoted,
      casing,
      words: hit.words,
    });
    if (confidence <= 0) continue;
    const prev = readings.get(form.show);
    if (
      !prev ||
      confidence > prev.confidence ||
      (confidence === prev.confidence && formRank[form.form] < formRank[prev.form.form])
    )
      readings.set(form.show, { show: form.show, form, confidence, start, quoted });
  }
  if (!readings.size) return null;
  const ranked = [...readings.values()].sort(
    (a, b) => b.confidence - a.confidence || formRank[a.form.form] - formRank[b.form.form] || a.show - b.show,
  );
  let best = ranked[0];
  let showId: string | null = index.shows[best.show].showId;
  if (ranked.length > 1) {
    const supported = ranked.filter((r) => ctx.supportFor(r.show, r.start, hit.end, false));
    if (supported.length === 1) {
      best = supported[0];
      showId = index.shows[best.show].showId;
    } else showId = null;
  }
  const ids = ranked.map((r) => index.shows[r.show].showId);
  const candidates = showId ? [showId, ...ids.filter((id) => id !== showId)] : ids;
  return {
    start: best.start,
    end: hit.end,
    text: text.slice(best.start, hit.end),
    showId,
    candidates,
    form: best.form.form,
    quoted: best.quoted,
    confidence: Math.round((showId ? best.confidence : Math.min(best.confidence, 0.6)) * 100) / 100,
  };
}

/** The offset of a "the"/"The" written right before `pos`, or -1. */
function precedingThe(text: string, pos: number): number {
  let i = pos - 1;
  if (text[i] !== ' ') return -1;
  while (i > 0 && text[i] === ' ') i--;
  const s = i - 2;
  if (s < 0 || (text.charCodeAt(i) | 32) !== 0x65 || (text.charCodeAt(i - 1) | 32) !== 0x68) return -1;
  if ((text.charCodeAt(s) | 32) !== 0x74) return -1;
  return s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]) ? -1 : s;
}
