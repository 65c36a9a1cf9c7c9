import type { Mention } from '../analyze/analysis-types.js';
import type { EpisodeRef, ShowFacts } from './spoiler-types.js';

/** Where each show is named: its titles, its characters, and cast members who are in no other show of the text. */
export function showPositions(
  mentions: Mention[],
  shows: ShowFacts[],
  text = '',
): Array<{ at: number; show: string; viaPerson?: boolean }> {
  const ids = new Set(shows.map((s) => s.id));
  // Each cast member's shows among the text's, once (a filter over the shows per mention was quadratic).
  const castOf = new Map<string, string[]>();
  for (const s of shows)
    for (const p of s.castPersonIds) {
      const list = castOf.get(p);
      if (!list) castOf.set(p, [s.id]);
      else if (list[list.length - 1] !== s.id) list.push(s.id);
    }
  const out: Array<{ at: number; show: string; viaPerson?: boolean }> = [];
  let person: Mention | null = null;
  for (const m of mentions) {
    if (!m.id) continue;
    // "Park In-je of “Kingdom”", "Kim Hye-jun (Kingdom)": a title that credits the person before it is not what the
    // sentence is about.
    const credit =
      !!person && m.start - person.end <= 6 && /^\s*(?:of|from|\()\s*["“‘']?$/.test(text.slice(person.end, m.start));
    if (m.kind === 'person') person = m;
    // "unlike Queen of Tears", "'눈물의 여왕'과는 다른 결말": a show named to be compared is not the one the sentence tells.
    const compared =
      m.kind === 'show' &&
      (/\b(?:unlike|compared (?:to|with))\s*["“‘']?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
        /^["”’']?\s?(?:과|와)(?:는|도)?\s?(?:다른|달리|비교)/.test(text.slice(m.end, m.end + 12)));
    if (m.kind === 'show' && ids.has(m.id) && !credit && !compared) out.push({ at: m.start, show: m.id });
    else if (m.kind === 'character') {
      const show = m.id.slice(0, m.id.indexOf('/'));
      if (ids.has(show)) out.push({ at: m.start, show });
    } else if (m.kind === 'person') {
      const theirs = castOf.get(m.id);
      if (theirs?.length === 1) out.push({ at: m.start, show: theirs[0], viaPerson: true });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function sentenceBounds(text: string, at: number): [number, number] {
  const before = text.slice(0, at);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const rest = text.slice(at).search(/[.!?\n](\s|$)/);
  return [start, rest < 0 ? text.length : at + rest + 1];
}

/**
 * The show each episode reference belongs to: a show named in the same sentence (the nearest one before the
 * reference, else the nearest after), else the show last named before it, else the text's only show.
 */
export function attributeRef(
  ref: EpisodeRef,
  text: string,
  positions: Array<{ at: number; show: string }>,
  shows: ShowFacts[],
): string | null {
  if (shows.length === 1) {
    const inSentence = positions.length === 0 || positions.some((p) => p.show === shows[0].id);
    return inSentence ? shows[0].id : null;
  }
  const [s, e] = sentenceBounds(text, ref.start);
  const same = positions.filter((p) => p.at >= s && p.at < e);
  const before = same.filter((p) => p.at < ref.start);
  if (before.length) return before[before.length - 1].show;
  if (same.length) return same[0].show;
  const earlier = positions.filter((p) => p.at < ref.start);
  if (earlier.length) return earlier[earlier.length - 1].show;
  return positions[0]?.show ?? null;
}
