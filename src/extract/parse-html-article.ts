import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDoc } from '../analyze/analysis-types.js';
import { boundHtml } from './bound-html.js';
import { docFromContentHtml } from './doc-from-content-html.js';

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
  const urls = new Set<string>();
  return out.filter((r) => !urls.has(r.url) && urls.add(r.url)).slice(0, 20);
}

/**
 * An HTML page to an article document: Readability finds the main content (scripts never run); its headings,
 * paragraphs and figure captions become blocks of one plain text. `html` is the main content, not yet sanitised;
 * `image` the page's og:image as written.
 */
export function parseHtmlArticle(
  html: string,
  opts: { url?: string; published?: string | null } = {},
): ArticleDoc & { image?: string } {
  // Bounded first (size, nesting depth), so Readability's walks over the tree stay linear in the page.
  const { document } = parseHTML(boundHtml(html));
  const published = opts.published ?? publishedOf(document as unknown as Document);
  const related = relatedOf(document as unknown as Document, opts.url);
  const headline =
    document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    document.querySelector('h1')?.textContent?.trim() ||
    document.querySelector('title')?.textContent?.trim() ||
    null;
  // The page's picture for link previews (og:image, else twitter:image), unchecked: the caller validates it.
  const image =
    document.querySelector('meta[property="og:image"]')?.getAttribute('content')?.trim() ||
    document.querySelector('meta[name="twitter:image"]')?.getAttribute('content')?.trim() ||
    undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const { doc, html: content } = docFromContentHtml(article?.content ?? '', {
    headline,
    published,
    url: opts.url,
    related,
  });
  return { ...doc, html: content, ...(image ? { image } : {}) };
}
