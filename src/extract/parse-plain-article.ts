import type { ArticleDoc, BlockKind, DocumentBlock } from '../analyze/analysis-types.js';

interface Line {
  text: string;
  start: number;
  end: number;
}

const spoilerNotice =
  /^(\[?\s*spoilers?\s*(alert|ahead|warning)?\s*\]?!?|warning:?\s*spoilers?.*|spoilers?\s+for\s+.*|contains spoilers.*|스포일러.*|\[스포\].*)$/i;
const spoilerExplanation = /\b(reveals?|discuss(es)?|contains?)\b.*\b(plot|spoilers?|episodes?|details|events)\b/i;
const sourceLine = /^(sources?|출처)\s*:/i;
const relatedIntro =
  /^(you can (read|find|check out) more|read more|related( articles| stories)?|more on|see also|관련 기사)\b/i;
const captionMarks =
  /\((left|right|center|centre|top|bottom)\b|\bfrom left\b|^\(?left to right\)?|\bpictured\b|\bphoto:|\bscreenshot\b/i;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: at + lead, end: at + lead + body.length });
    at += raw.length + 1;
  }
  return out;
}

function isQuotedShort(s: string): boolean {
  return s.length < 220 && /^["“‘'«]/.test(s) && /["”’'»]$/.test(s);
}

function isCaption(s: string): boolean {
  if (s.length > 320) return false;
  const credit = /\s\|\s*([^|]{1,60})$/.exec(s);
  return !!credit || (captionMarks.test(s) && !/[.!?]["”’]?$/.test(s.replace(/\.$/, '')) && s.length < 200);
}

function isHeadlineLike(s: string): boolean {
  return s.length < 200 && !/[.!?]$/.test(s) && /^[“"'‘]?[A-Z0-9가-힣]/.test(s);
}

/**
 * The structure of a plain-text article as copied from a news page: headline, dek, spoiler notice, paragraphs,
 * image captions with their credits, source line and related-article lines. Blocks are ranges of `text`, whose line
 * endings are normalised to \n.
 */
export function parsePlainArticle(input: string, opts: { published?: string | null } = {}): ArticleDoc {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all = lines(text);
  const blocks: DocumentBlock[] = [];
  const push = (kind: BlockKind, l: Line, extra: Partial<DocumentBlock> = {}) =>
    blocks.push({ kind, start: l.start, end: l.end, ...extra });
  let inRelated = false;
  for (const [i, l] of all.entries()) {
    const prev = blocks[blocks.length - 1];
    if (i === 0) {
      push('headline', l);
      continue;
    }
    if (spoilerNotice.test(l.text) && l.text.length < 120) {
      push('spoiler-notice', l);
      continue;
    }
    if (i === 1 && (isQuotedShort(l.text) || (l.text.length < 160 && !/[.!?]$/.test(l.text) && all.length > 3))) {
      push('dek', l);
      continue;
    }
    if (prev?.kind === 'spoiler-notice' && spoilerExplanation.test(l.text) && l.text.length < 200) {
      push('spoiler-notice', l);
      continue;
    }
    if (sourceLine.test(l.text)) {
      inRelated = false;
      push('source', l);
      continue;
    }
    if (relatedIntro.test(l.text) && l.text.length < 200) {
      inRelated = true;
      push('related', l);
      continue;
    }
    if (inRelated && isHeadlineLike(l.text)) {
      push('related', l);
      continue;
    }
    inRelated = false;
    if (isCaption(l.text)) {
      const credit = /\s\|\s*([^|]{1,60})$/.exec(l.text)?.[1].trim();
      push('caption', l, credit ? { credit } : {});
      continue;
    }
    if (l.text.length < 70 && !/[.!?:;,"”]$/.test(l.text) && /^[A-Z가-힣]/.test(l.text) && i < all.length - 1) {
      push('heading', l);
      continue;
    }
    push('paragraph', l);
  }
  const headline = blocks.find((b) => b.kind === 'headline');
  return {
    title: headline ? text.slice(headline.start, headline.end) : null,
    published: opts.published ?? null,
    text,
    blocks,
  };
}
