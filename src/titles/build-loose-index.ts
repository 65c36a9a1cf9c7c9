import { titleWords } from './normalize-title.js';
import type { TitleEntry } from './title-types.js';

/**
 * What the loose title matcher compares a text with: every Latin title and alias as its content words stemmed
 * ("Descendants of the Sun" -> descend, sun), an index from each stem to the titles that have it, and each title's
 * acronym ("Crash Landing on You" -> CLOY).
 */
export interface LooseIndex {
  forms: Array<{ show: number; stems: string[] }>;
  byStem: Map<string, number[]>;
  acronyms: Map<string, number[]>;
}

/** Words a title may drop or add without becoming another ("Fight My Way", "Memories of Alhambra"). */
export const minorTitleWords = new Set('a an the of on in for from to with by at and or vs'.split(' '));

/** A word stemmed the way the loose matcher compares words: "Descended", "Descendants" -> "descend". */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’`]s?$/, '');
  if (w.length > 4) w = w.replace(/(?:ants|ents|ings|ing|ed|es|s)$/, '');
  return w.replace(/y$/, 'i');
}

/** The content stems of a title's words; numbers are left out ("Death's Game", "Death Game 2" -> death, game). */
export function contentStems(words: string[]): string[] {
  return words.filter((w) => !/^\d+$/.test(w) && !minorTitleWords.has(w.toLowerCase())).map(stemWord);
}

export function buildLooseIndex(shows: TitleEntry[], networkNames: string[]): LooseIndex {
  const index: LooseIndex = { forms: [], byStem: new Map(), acronyms: new Map() };
  const networks = new Set(networkNames.map((n) => n.toUpperCase()));
  const push = (map: Map<string, number[]>, key: string, value: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  shows.forEach((entry, show) => {
    for (const text of [entry.title, ...entry.aliases]) {
      if (/[\uac00-\ud7a3]/.test(text)) continue;
      const words = titleWords(text);
      const stems = contentStems(words);
      if (stems.length >= 2) {
        const form = index.forms.push({ show, stems }) - 1;
        for (const s of new Set(stems)) push(index.byStem, s, form);
      }
      const letters = words.filter((w) => /^[A-Za-z]/.test(w));
      if (letters.length >= 3 && letters.length === words.length) {
        const acronym = letters.map((w) => w[0].toUpperCase()).join('');
        if (acronym.length <= 6 && !networks.has(acronym)) push(index.acronyms, acronym, show);
      }
    }
  });
  return index;
}
