import { parseHTML } from 'linkedom';
import type { ArticleDoc, BlockKind, DocumentBlock } from '../analyze/analysis-types.js';
import { boundHtml } from './bound-html.js';

export interface ContentOptions {
  headline: string | null;
  published: string | null;
  url?: string;
  related?: Array<{ title: string; url: string }>;
}

const urlAttributes: Array<[string, string]> = [
  ['a[href]', 'href'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['blockquote[cite]', 'cite'],
];

/** Makes links, images and embeds absolute against the page's URL, so the HTML can be shown anywhere. */
function absolutize(root: ParentNode, base: string | undefined): void {
  if (!base) return;
  for (const [selector, attribute] of urlAttributes)
    for (const el of root.querySelectorAll(selector)) {
      try {
        el.setAttribute(attribute, new URL(el.getAttribute(attribute) ?? '', base).toString());
      } catch {
        el.removeAttribute(attribute);
      }
    }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    const set = (el.getAttribute('srcset') ?? '').split(',').flatMap((part) => {
      const [u, size] = part.trim().split(/\s+/, 2);
      try {
        return [`${new URL(u, base).toString()}${size ? ` ${size}` : ''}`];
      } catch {
        return [];
      }
    });
    el.setAttribute('srcset', set.join(', '));
  }
}

/**
 * The main content of an article as HTML (Readability's output, or a feed's full content) to an article document:
 * headings, paragraphs and figure captions (with their credits) become blocks of one plain text. Also returns the
 * content HTML with absolute URLs, still unsanitised: the sanitiser runs after this, the last step that changes it.
 */
export function docFromContentHtml(contentHtml: string, opts: ContentOptions): { doc: ArticleDoc; html: string } {
  const { document } = parseHTML(`<html><body>${boundHtml(contentHtml)}</body></html>`);
  absolutize(document.body as unknown as ParentNode, opts.url);
  const { headline } = opts;
  const parts: Array<{ kind: BlockKind; text: string; credit?: string }> = [];
  if (headline) parts.push({ kind: 'headline', text: headline });
  for (const el of document.querySelectorAll('h2, h3, h4, p, figcaption, li, blockquote')) {
    if (el.closest('figcaption') && el.tagName !== 'FIGCAPTION') continue;
    if (el.tagName === 'BLOCKQUOTE' && el.querySelector('p')) continue;
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
  // Content with no block elements at all (a bare feed summary): its text is one paragraph.
  if (parts.length <= (headline ? 1 : 0)) {
    const text = document.body.textContent?.replace(/\s+/g, ' ').trim();
    if (text && text !== headline) parts.push({ kind: 'paragraph', text });
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
  const doc: ArticleDoc = {
    title: headline,
    published: opts.published,
    text,
    blocks,
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.related?.length ? { related: opts.related } : {}),
  };
  return { doc, html: document.body.innerHTML };
}
