import { parseHTML } from 'linkedom';
import { boundHtml } from '../extract/bound-html.js';
import { sanitizeHtml } from '../sanitize/sanitize-html.js';

export interface MentionTarget {
  /** The page the mention links to (`/people/son-seok-gu`). */
  href: string;
  /** The spellings the item used for it. */
  spellings: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hangulRe = /^[\uac00-\ud7a3]/;

/** One pattern for every spelling, longest first; Latin spellings must stand as whole words. */
function mentionPattern(targets: MentionTarget[]): { re: RegExp; hrefOf: Map<string, string> } | null {
  const hrefOf = new Map<string, string>();
  for (const t of targets)
    for (const s of t.spellings) if (s.trim().length >= 2 && !hrefOf.has(s)) hrefOf.set(s, t.href);
  if (!hrefOf.size) return null;
  const alternatives = [...hrefOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => (hangulRe.test(s) ? escapeRe(s) : `(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`));
  return { re: new RegExp(alternatives.join('|'), 'gu'), hrefOf };
}

/**
 * Highlights the item's linked mentions in its sanitised HTML: every spelling the item used for a show, person or
 * character becomes `<a class="mention" href="...">`, outside existing links. The result is sanitised again, as this
 * is the last step that changes the content.
 */
export function highlightMentions(html: string, targets: MentionTarget[]): string {
  const pattern = mentionPattern(targets);
  if (!pattern) return html;
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${boundHtml(html)}</div></body></html>`);
  const root = document.getElementById('root')!;
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== 'a') visit(child);
      else if (child.nodeType === 3) wrapText(child as Text);
    }
  };
  const wrapText = (text: Text) => {
    const value = text.data;
    pattern.re.lastIndex = 0;
    const parts: Node[] = [];
    let at = 0;
    for (const m of value.matchAll(pattern.re)) {
      if (m.index > at) parts.push(document.createTextNode(value.slice(at, m.index)));
      const a = document.createElement('a');
      a.setAttribute('class', 'mention');
      a.setAttribute('href', pattern.hrefOf.get(m[0])!);
      a.textContent = m[0];
      parts.push(a);
      at = m.index + m[0].length;
    }
    if (!parts.length) return;
    if (at < value.length) parts.push(document.createTextNode(value.slice(at)));
    for (const p of parts) text.parentNode!.insertBefore(p, text);
    text.remove();
  };
  visit(root);
  return sanitizeHtml(root.innerHTML);
}
