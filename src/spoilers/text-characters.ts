import type { Mention } from '../analyze/analysis-types.js';

/**
 * Character names the text itself introduces, as the press does: "Mi-jeong (Kim Ji-won)", "김해일(김남길)",
 * "Kim Ji-won's Mi-jeong". Each full name and its given name (the last word, or the last two syllables of a
 * three-syllable Hangul name) count, so later sentences that name only the character are known to be about the story.
 */
export function textCharacters(text: string, mentions: Mention[]): string[] {
  const people = mentions.filter((m) => m.kind === 'person' || m.kind === 'character');
  const isPersonAt = (start: number, end: number) => people.some((m) => m.start >= start && m.end <= end);
  const names = new Set<string>();
  const add = (name: string) => {
    const words = name.split(/\s+/);
    names.add(name);
    if (words.length > 1 && words[words.length - 1].length > 2) names.add(words[words.length - 1]);
    if (/^[가-힣]{3}$/.test(name)) names.add(name.slice(1));
  };
  const latin = /\b((?:Mr\.|Ms\.|Dr\.)? ?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) \((?:played by )?([A-Z][^)]{2,40})\)/g;
  for (const m of text.matchAll(latin)) {
    const inner = (m.index ?? 0) + m[0].indexOf('(');
    if (isPersonAt(inner, inner + m[2].length + 2)) add(m[1].trim());
  }
  for (const m of text.matchAll(/([가-힣]{2,4})\s?\(([가-힣]{2,4})(?:\s?분)?\)/g)) {
    const inner = (m.index ?? 0) + m[0].indexOf('(');
    if (isPersonAt(inner, inner + m[2].length + 4) && !/기자$/.test(m[1])) add(m[1]);
  }
  for (const m of text.matchAll(/([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})['’]s ([A-Z][\w-]+(?: [A-Z][\w-]+)?)/g))
    if (isPersonAt(m.index ?? 0, (m.index ?? 0) + m[1].length)) add(m[2]);
  for (const m of text.matchAll(
    /\b(?:role of|plays|played|playing|portrays|portrayed|stars as|starred as) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})/g,
  ))
    if (!isPersonAt(m.index ?? 0, (m.index ?? 0) + m[0].length)) add(m[1]);
  return [...names].filter((n) => n.length >= 2);
}

/** Whether a sentence names one of the given character names (as a whole word). */
export function namesOneOf(sentence: string, names: string[]): boolean {
  return names.some((n) => {
    const at = sentence.indexOf(n);
    if (at < 0) return false;
    const before = sentence[at - 1] ?? ' ';
    const after = sentence[at + n.length] ?? ' ';
    return /[^\w가-힣]/.test(before) || /[가-힣]/.test(n) ? /[^\w]/.test(after) || /[가-힣]/.test(n) : false;
  });
}
