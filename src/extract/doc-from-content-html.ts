import { parseHTML } from 'linkedom';
import type { ArticleDoc, BlockKind, DocumentBlock } from '../analyze/analysis-types.js';
import { boundHtml } from './bound-html.js';

export interface ContentOptions {
  headline: string | null;
  published: string | null;
  url?: string;
  related?: Array<{ title: string; url: string }>;
}

/** The attributes holding a URL, by tag, made absolute against the page's URL. */
const urlAttributes = new Map<string, string>([
  ['A', 'href'],
  ['IMG', 'src'],
  ['IFRAME', 'src'],
  ['BLOCKQUOTE', 'cite'],
]);
const srcsetTags = new Set(['IMG', 'SOURCE']);
const blockTags = new Set(['H2', 'H3', 'H4', 'P', 'FIGCAPTION', 'LI', 'BLOCKQUOTE']);

/** Makes an element's link, image or embed URLs absolute against the page's URL, so the HTML can be shown anywhere. */
function absolutize(el: Element, base: string): void {
  const attribute = urlAttributes.get(el.tagName);
  if (attribute && el.hasAttribute(attribute))
    try {
      el.setAttribute(attribute, new URL(el.getAttribute(attribute) ?? '', base).toString());
    } catch {
      el.removeAttribute(attribute);
    }
  if (srcsetTags.has(el.tagName) && el.hasAttribute('srcset')) {
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
 * One walk of the tree in document order: URLs made absolute (when there is a base) and the elements that are
 * blocks of text (headings, paragraphs, captions, list items, quotes) collected, but those inside a caption.
 */
function walk(el: Element, base: string | undefined, inCaption: boolean, blocks: Element[]): void {
  for (const child of el.children) {
    // A template's content is not part of the document (selectors never reach it).
    if (child.tagName === 'TEMPLATE') continue;
    if (base) absolutize(child, base);
    if (blockTags.has(child.tagName) && (!inCaption || child.tagName === 'FIGCAPTION')) blocks.push(child);
    walk(child, base, inCaption || child.tagName === 'FIGCAPTION', blocks);
  }
}

/**
 * The main content of an article as HTML (Readability's output, or a feed's full content) to an article document:
 * headings, paragraphs and figure captions (with their credits) become blocks of one plain text. Also returns the
 * content HTML with absolute URLs, still unsanitised: the sanitiser runs after this, the last step that changes it.
 */
export function docFromContentHtml(contentHtml: string, opts: ContentOptions): { doc: ArticleDoc; html: string } {
  const { document } = parseHTML(`<html><body>${boundHtml(contentHtml)}</body></html>`);
  const elements: Element[] = [];
  walk(document.body as unknown as Element, opts.url, false, elements);
  const { headline } = opts;
  const parts: Array<{ kind: BlockKind; text: string; credit?: string }> = [];
  if (headline) parts.push({ kind: 'headline', text: headline });
  for (const el of elements) {
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
