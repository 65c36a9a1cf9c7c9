import type { Mention } from '../analyze/analysis-types.js';
import { titleKey } from '../titles/normalize-title.js';

/** A title an item presents as a drama that the catalog does not have, with why it looks like one. */
export interface UnknownTitle {
  title: string;
  /** The normalized title (folded, words run together): the same title however it is written. */
  key: string;
  start: number;
  end: number;
  /** Rules that matched near it: 'drama-word', 'network', 'cast'. */
  evidence: string[];
}

export interface FindUnknownOptions {
  /** Keys (titleKey) of titles to leave out besides the linked shows, e.g. titles already dismissed. */
  knownKeys?: ReadonlySet<string>;
  /** How far before and after the title evidence is looked for, in characters (default 60). */
  window?: number;
}

const quoted =
  /“([^”\n]{1,80})”|"([^"\n]{1,80})"|(?<![\p{L}\p{N}])['‘]([^'’\n]{1,80})['’](?![\p{L}\p{N}])|《([^》\n]{1,40})》|〈([^〉\n]{1,40})〉|「([^」\n]{1,40})」|『([^』\n]{1,40})』|<([^<>\n]{1,80})>/gu;
const dramaWord = /\b(?:k-?dramas?|dramas?|series|miniseries|sitcom|rom-?com)\b|드라마|시리즈|극본|주연|방영/iu;
const smallWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Titles in quotes (“…”, "…", '…', 《…》, 〈…〉, 「…」, 『…』, <…>) that read like a title — a few capitalized words, or a
 * short Hangul phrase that is not a sentence — and that the text presents as a drama: the word "drama" (드라마) or
 * "series", a network, or a known cast member nearby. Titles the linker already linked to a show are left out.
 */
export function findUnknownTitles(text: string, mentions: Mention[], options: FindUnknownOptions = {}): UnknownTitle[] {
  const window = options.window ?? 60;
  const found = new Map<string, UnknownTitle>();
  for (const m of text.matchAll(quoted)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    const title = inner.trim();
    const start = (m.index ?? 0) + m[0].indexOf(inner) + (inner.length - inner.trimStart().length);
    const end = start + title.length;
    if (!looksLikeTitle(title)) continue;
    const key = titleKey(title).key;
    if (!key || options.knownKeys?.has(key)) continue;
    const inside = (x: Mention) => x.start < end + 1 && x.end > start - 1;
    if (mentions.some((x) => x.kind === 'show' && inside(x))) continue;
    if (mentions.some((x) => x.kind !== 'show' && x.start <= start && x.end >= end)) continue;
    const from = Math.max(0, (m.index ?? 0) - window);
    const to = Math.min(text.length, (m.index ?? 0) + m[0].length + window);
    const around = `${text.slice(from, m.index)} ${text.slice((m.index ?? 0) + m[0].length, to)}`;
    const near = (kind: Mention['kind']) =>
      mentions.some((x) => x.kind === kind && x.end >= from && x.start <= to && !inside(x));
    const evidence = [
      ...(dramaWord.test(around) ? ['drama-word'] : []),
      ...(near('network') ? ['network'] : []),
      ...(near('person') || near('character') ? ['cast'] : []),
    ];
    if (!evidence.length) continue;
    const prev = found.get(key);
    if (prev) prev.evidence = [...new Set([...prev.evidence, ...evidence])];
    else found.set(key, { title, key, start, end, evidence });
  }
  return [...found.values()];
}

function looksLikeTitle(title: string): boolean {
  if (!title || /[.!?,;:]$/.test(title) || /\d{2,}%/.test(title)) return false;
  if (/[\uac00-\ud7a3]/.test(title)) {
    const words = title.split(/\s+/);
    return title.length <= 20 && words.length <= 5 && !/(?:다|요|죠|까|네|지)$/.test(title);
  }
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(title)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && smallWords.has(w.toLowerCase())));
}
