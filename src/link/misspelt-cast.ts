import { isNameParticle } from '../names/find-hangul-names.js';
import type { CatalogView } from './catalog-view.js';

export interface MisspeltName {
  start: number;
  end: number;
  personId: string;
}

const jamo = (ch: string) => {
  const i = ch.charCodeAt(0) - 0xac00;
  return [Math.floor(i / 588), Math.floor((i % 588) / 28), i % 28];
};

/** How many jamo two Hangul strings of one length differ in. */
function jamoDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const [x, y] = [jamo(a[i]), jamo(b[i])];
    for (let k = 0; k < 3; k++) if (x[k] !== y[k]) d++;
  }
  return d;
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/**
 * Cast members of the shows a text names, written in Hangul one jamo off ("이민지" for 이민기, "라미라" for 라미란)
 * in a sentence that names another cast member of the same show: the way a cast line with a typo reads. The family
 * name must be written right, and the name be three syllables or more.
 */
export function findMisspeltCast(text: string, view: CatalogView, shows: Iterable<string>): MisspeltName[] {
  if (!/[가-힣]{3}/.test(text)) return [];
  const names = new Map<string, { personId: string; showId: string }>();
  for (const showId of shows)
    for (const c of view.shows.get(showId)?.cast ?? []) {
      const hangul = view.people.get(c.person)?.hangul.replace(/\s+/g, '');
      if (hangul && hangul.length >= 3 && /^[가-힣]+$/.test(hangul)) names.set(hangul, { personId: c.person, showId });
    }
  if (!names.size) return [];
  const out: MisspeltName[] = [];
  for (const m of text.matchAll(/[가-힣]{3,}/g)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (names.has(word)) continue;
    for (const [hangul, { personId, showId }] of names) {
      const written = word.slice(0, hangul.length);
      if (written.length < hangul.length || written[0] !== hangul[0] || names.has(written)) continue;
      if (!isNameParticle(word.slice(hangul.length)) || jamoDistance(written, hangul) !== 1) continue;
      const sentence = sentenceAround(text, at, at + word.length);
      const costar = (view.shows.get(showId)?.cast ?? []).some((c) => {
        const h = view.people.get(c.person)?.hangul.replace(/\s+/g, '');
        return c.person !== personId && !!h && sentence.includes(h);
      });
      if (!costar) continue;
      out.push({ start: at, end: at + hangul.length, personId });
      break;
    }
  }
  return out;
}
