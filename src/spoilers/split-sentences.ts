import type { ArticleDoc, BlockKind } from '../analyze/analysis-types.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The kind of the block the sentence is in, and the block's index (a paragraph is a unit of topic). */
  block: BlockKind;
  blockIndex: number;
  /** Mostly Hangul: Korean grammar cues apply. */
  korean: boolean;
}

const segmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  ko: new Intl.Segmenter('ko', { granularity: 'sentence' }),
};

const abbreviation = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|vs|No|Vol|Ep|Eps|Lt|Gen|Capt|Sgt|[A-Z])\.$/;

/** Hangul outweighs Latin letters. */
export function isKorean(text: string): boolean {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  return hangul > latin / 2;
}

/** Whether a text holds an odd number of double quotes (a quotation still open). */
function quoteOpen(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”') n++;
  }
  return n % 2 === 1;
}

/** V8's segmenter slows down quadratically in a long string: a paragraph is cut after a sentence end every few KB. */
const chunkSize = 4096;
function chunks(piece: string): string[] {
  if (piece.length <= chunkSize) return [piece];
  const out: string[] = [];
  let from = 0;
  while (piece.length - from > chunkSize) {
    const window = piece.slice(from, from + chunkSize);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const end = from + (cut > 0 ? cut + 2 : chunkSize);
    out.push(piece.slice(from, end));
    from = end;
  }
  out.push(piece.slice(from));
  return out;
}

/**
 * The sentences of an article, block by block, with ICU's sentence segmentation (`Intl.Segmenter`, the Unicode
 * UAX #29 rules) for the block's language. Korean press often glues sentences ("올랐다.광고"): a period after a
 * final "다" followed by Hangul also ends one.
 */
export function splitSentences(doc: ArticleDoc): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: Sentence) => {
    const prev = out[out.length - 1];
    // ICU ends a sentence after any period; titles and initials ("Mr. Gu", "Lee J. Park") do not.
    if (
      prev &&
      prev.blockIndex === s.blockIndex &&
      (abbreviation.test(prev.text) || (prev.korean && quoteOpen(prev.text)))
    ) {
      prev.end = s.end;
      prev.text = doc.text.slice(prev.start, prev.end);
    } else out.push(s);
  };
  doc.blocks.forEach((b, blockIndex) => {
    const body = doc.text.slice(b.start, b.end);
    const korean = isKorean(body);
    const glued = korean ? body.replace(/다\.(?=[가-힣“"‘'[(])/g, '다.\u0001') : body;
    let at = 0;
    for (const piece of glued.split('\u0001').flatMap(chunks)) {
      for (const seg of segmenters[korean ? 'ko' : 'en'].segment(piece)) {
        const raw = seg.segment;
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text) {
          const start = b.start + at + seg.index + lead;
          push({ start, end: start + text.length, text, block: b.kind, blockIndex, korean });
        }
      }
      at += piece.length;
    }
  });
  return out;
}
