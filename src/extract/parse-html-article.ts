import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDoc, BlockKind, DocumentBlock } from '../analyze/analysis-types.js';

const isoDay = (s: string | null | undefined) =>
  s && /^\d{4}-\d{2}-\d{2}/.test(s.trim()) ? s.trim().slice(0, 10) : null;

function publishedOf(document: Document): string | null {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content');
  const fromMeta = isoDay(meta('meta[property="article:published_time"]')) ?? isoDay(meta('meta[name="date"]'));
  if (fromMeta) return fromMeta;
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m && isoDay(m[1])) return isoDay(m[1]);
  }
  return isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function relatedOf(document: Document, base?: string): Array<{ title: string; url: string }> {
  const out: Array<{ title: string; url: string }> = [];
  for (const box of document.querySelectorAll(
    '[class*="related" i], [id*="related" i], [aria-label*="related" i], [class*="read-more" i]',
  ))
    for (const a of box.querySelectorAll('a[href]')) {
      const title = a.textContent?.replace(/\s+/g, ' ').trim();
      const href = a.getAttribute('href');
      if (!title || !href) continue;
      try {
        out.push({ title, url: new URL(href, base).toString() });
      } catch {}
    }
  return out.filter((r, i) => out.findIndex((o) => o.url === r.url) === i).slice(0, 20);
}

/**
 * An HTML page to an article document: Readability finds the main content (scripts never run); its headings,
 * paragraphs and figure captions become blocks of one plain text.
 */
export function parseHtmlArticle(html: string, opts: { url?: string; published?: string | null } = {}): ArticleDoc {
  const { document } = parseHTML(html);
  const published = opts.published ?? publishedOf(document as unknown as Document);
  const related = relatedOf(document as unknown as Document, opts.url);
  const headline =
    document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    document.querySelector('h1')?.textContent?.trim() ||
    document.querySelector('title')?.textContent?.trim() ||
    null;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const { document: content } = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`);
  const parts: Array<{ kind: BlockKind; text: string; credit?: string }> = [];
  if (headline) parts.push({ kind: 'headline', text: headline });
  for (const el of content.querySelectorAll('h2, h3, h4, p, figcaption, li, blockquote')) {
    if (el.closest('figcaption') && el.tagName !== 'FIGCAPTION') continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (el.tagName === 'FIGCAPTION') {
      const credit =
        /\s\|\s*([^|]{1,60})$/.exec(text)?.[1].trim() ?? el.querySelector('cite, .credit')?.textContent?.trim();
      parts.push({ kind: 'caption', text, ...(credit ? { credit } : {}) });
    } else if (/^H[2-4]$/.test(el.tagName)) {
      if (text !== headline) parts.push({ kind: 'heading', text });
    } else if (/^(sources?|출처)\s*:/i.test(text)) parts.push({ kind: 'source', text });
    else if (text !== headline) parts.push({ kind: 'paragraph', text });
  }
  let text = '';
  const blocks: DocumentBlock[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    blocks.push({
      kind: p.kind,
      start: text.length,
      end: text.length + p.text.length,
      ...(p.credit ? { credit: p.credit } : {}),
    });
    text += p.text;
  }
  return {
    title: headline,
    published,
    text,
    blocks,
    ...(opts.url ? { url: opts.url } : {}),
    ...(related.length ? { related } : {}),
  };
}
