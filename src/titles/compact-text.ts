import { foldCode, isApostrophe, isHangulSyllable } from './normalize-title.js';

/**
 * A text read the way keys are written (see normalize-title.ts): its word characters folded and run together, each
 * remembering where it stands in the text, where tokens begin, and where a match may not run across (a line break,
 * a quote mark, a bracket: "Moving” Stars" is not one title).
 */
export interface CompactText {
  length: number;
  codes: Uint16Array;
  /** Offset in the original text of each compact code unit. */
  pos: Int32Array;
  flags: Uint8Array;
}

export const TOKEN_START = 1;
/** A hard break lies between this code unit and the one before it. */
export const HARD_BREAK = 2;
export const HANGUL = 4;

const hardBreaks = new Set([...'\n\r"“”„«»‹›「」『』《》〈〉<>()[]{}/|•·'].map((c) => c.charCodeAt(0)));

/** Folded ASCII code units (-1: a break), so the common case costs one table read. */
const ascii = Int16Array.from({ length: 128 }, (_, c) => foldCode(c));

/** Buffers reused from text to text: a compact text is read right away, before the next one is made. */
let buffers = { codes: new Uint16Array(4096), pos: new Int32Array(4096), flags: new Uint8Array(4096) };

/** The compact form of a text; valid until the next call (its arrays are reused). */
export function compactText(text: string): CompactText {
  const size = text.length + 16;
  if (buffers.codes.length < size) {
    const grown = Math.max(size, buffers.codes.length * 2);
    buffers = { codes: new Uint16Array(grown), pos: new Int32Array(grown), flags: new Uint8Array(grown) };
  }
  const { codes, pos, flags } = buffers;
  let n = 0;
  let pending = TOKEN_START | HARD_BREAK;
  let prevHangul = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 128 ? ascii[code] : foldCode(code);
    if (folded > 0) {
      const hangul = folded >= 0xac00 && folded <= 0xd7a3;
      if (hangul !== prevHangul && n > 0) pending |= TOKEN_START;
      codes[n] = folded;
      pos[n] = i;
      flags[n] = hangul ? pending | HANGUL : pending;
      prevHangul = hangul;
      pending = 0;
      n++;
      continue;
    }
    if (folded === 0) continue;
    if (isApostrophe(code)) {
      const joins = i > 0 && foldCode(text.charCodeAt(i - 1)) > 0 && foldCode(text.charCodeAt(i + 1)) > 0;
      if (joins && !isHangulSyllable(text.charCodeAt(i - 1))) continue;
      pending |= TOKEN_START | HARD_BREAK;
      continue;
    }
    pending |= TOKEN_START;
    if (hardBreaks.has(code)) pending |= HARD_BREAK;
    if (code === 0x26) {
      // "&" reads as the word "and".
      for (const c of [0x61, 0x6e, 0x64]) {
        codes[n] = c;
        pos[n] = i;
        flags[n] = pending;
        pending = 0;
        n++;
      }
      prevHangul = false;
      pending = TOKEN_START;
    }
  }
  return { length: n, codes, pos, flags };
}

/** Whether compact code unit `k` is the last of its token. */
export function endsToken(ct: CompactText, k: number): boolean {
  return k + 1 >= ct.length || (ct.flags[k + 1] & TOKEN_START) !== 0;
}

/** The index of the last code unit of the token that holds `k`. */
export function tokenEnd(ct: CompactText, k: number): number {
  let e = k;
  while (e + 1 < ct.length && !(ct.flags[e + 1] & TOKEN_START)) e++;
  return e;
}
