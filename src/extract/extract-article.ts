import type { ArticleDoc } from '../analyze/analysis-types.js';
import { decodeBytes } from './decode-bytes.js';
import { parseHtmlArticle } from './parse-html-article.js';
import { parsePlainArticle } from './parse-plain-article.js';

export interface ExtractInput {
  bytes: Uint8Array;
  contentType?: string;
  url?: string;
  /** Wins over any date found in the page. */
  published?: string | null;
}

function looksLikeHtml(text: string, contentType?: string): boolean {
  if (contentType && /html|xml/i.test(contentType)) return true;
  if (contentType && /text\/plain/i.test(contentType)) return false;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return (text.match(/<\/?(p|div|h[1-6]|article|body|figure|span|a)\b[^>]*>/gi)?.length ?? 0) >= 3;
}

/** Bytes (a file, stdin, a fetched page) to an article document: decode, tell HTML from plain text, parse. */
export function extractArticle(input: ExtractInput): ArticleDoc & { image?: string } {
  const text = decodeBytes(input.bytes, input.contentType);
  const opts = { published: input.published ?? null };
  if (looksLikeHtml(text, input.contentType)) {
    const doc = parseHtmlArticle(text, { ...opts, url: input.url });
    if (doc.text.trim()) return doc;
  }
  return { ...parsePlainArticle(text, opts), ...(input.url ? { url: input.url } : {}) };
}
