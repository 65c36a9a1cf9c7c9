/** A word of Latin letters in a text, with how it is joined to the word before it. */
export interface LatinToken {
  start: number;
  end: number;
  text: string;
  /** ' ' one space, '-' a hyphen, '' glued (a lower-to-upper change such as "KiKim"), null anything else. */
  joinedBy: ' ' | '-' | '' | null;
  /** Followed directly by a possessive 's / ’s (not part of the token). */
  possessive: boolean;
  /** Followed by a full stop ("Mr."). */
  dotted: boolean;
}

const word = /[A-Za-z]+/g;

/**
 * Splits a text into Latin words, breaking glued names at lower-to-upper changes ("KiKim" -> "Ki", "Kim") and
 * noting what joins each word to the previous one, so name runs can be found without a regular expression per name.
 */
export function tokenizeLatin(text: string): LatinToken[] {
  const tokens: LatinToken[] = [];
  for (const m of text.matchAll(word)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const between = tokens.length ? text.slice(tokens[tokens.length - 1].end, start) : null;
    const prev = tokens[tokens.length - 1];
    const afterTitle = between === '. ' && !!prev && /^(Mr|Ms|Mrs|Miss)$/i.test(prev.text);
    const joined: LatinToken['joinedBy'] =
      between === ' ' || afterTitle ? ' ' : between === '-' || between === '‐' ? '-' : null;
    // Break at lower->Upper inside the word: "KiKim", "JiWon".
    const pieces = raw.split(/(?<=[a-z])(?=[A-Z])/);
    let at = start;
    pieces.forEach((piece, i) => {
      const end = at + piece.length;
      const after = text.slice(end, end + 2);
      tokens.push({
        start: at,
        end,
        text: piece,
        joinedBy: i === 0 ? joined : '',
        possessive: i === pieces.length - 1 && /^['’]s/.test(after) && !/^['’]s[A-Za-z]/.test(text.slice(end, end + 3)),
        dotted: i === pieces.length - 1 && after.startsWith('.'),
      });
      at = end;
    });
  }
  return tokens;
}
