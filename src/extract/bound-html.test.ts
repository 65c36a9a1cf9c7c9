import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../sanitize/sanitize-html.js';
import { boundHtml, maxHtmlDepth } from './bound-html.js';
import { docFromContentHtml } from './doc-from-content-html.js';

/** How deep the parser nests the HTML's elements under <body> (walked without recursion: the tree may be deep). */
function depthOf(html: string): number {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  let deepest = 0;
  const todo: Array<[Element, number]> = [...document.body.children].map((e) => [e as unknown as Element, 1]);
  while (todo.length) {
    const [el, depth] = todo.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of el.children) todo.push([child, depth + 1]);
  }
  return deepest;
}
const textOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.textContent;

describe('boundHtml', () => {
  it.each([
    ['paragraphs left open', '<p>One<p>Two<p>Three'],
    ['list items left open', '<ul><li>a<li>b<li>c</ul>'],
    ['a table without its closing tags', '<table><tr><td>1<td>2<tr><td>3</table>'],
    ['svg with self-closing children', '<svg><path d="M0 0"/><g><circle r="1"/></g></svg><p>after</p>'],
    ['a script holding tags as text', '<p>x</p><script>if (a < b) document.write("<div><div>")</script><p>y</p>'],
    ['comments and stray end tags', '<div><!-- <div><div> --></span></div></p><br/>'],
    ['attributes holding angle brackets', '<a title="x > y" href="/a">link</a><img alt="<b>" src="/i.png">'],
  ])('leaves ordinary markup alone: %s', (_name, html) => {
    expect(boundHtml(html)).toBe(html);
  });

  it.each([
    ['<a>', (n: number) => `${'<a href="https://x.example/">'.repeat(n)}deep${'</a>'.repeat(n)}`],
    ['<div>', (n: number) => `${'<div>'.repeat(n)}<p>deep</p>${'</div>'.repeat(n)}`],
    ['unclosed <span>', (n: number) => `${'<span>'.repeat(n)}deep`],
    ['self-closing <div/>', (n: number) => `${'<div/>'.repeat(n)}deep`],
    ['<svg> and <g>', (n: number) => `<svg>${'<g>'.repeat(n)}<text>deep</text></svg>`],
  ])('flattens %s nested 25,000 deep, keeping the text', (_name, make) => {
    const html = make(25_000);
    const bounded = boundHtml(html);
    expect(depthOf(bounded)).toBeLessThanOrEqual(maxHtmlDepth + 1);
    expect(textOf(bounded)).toBe(textOf(make(10)));
  });

  it('cuts HTML past the size limit', () => {
    expect(boundHtml(`<p>${'x'.repeat(100)}</p>`, 64, 50)).toHaveLength(50);
  });

  it('nests no deeper than its limit, and changes nothing within it, whatever the markup', () => {
    const token = fc.constantFrom(
      '<div>',
      '</div>',
      '<p>',
      '</p>',
      '<li>',
      '</li>',
      '<ul>',
      '</ul>',
      '<a href="/x">',
      '</a>',
      '<b>',
      '</b>',
      '<svg>',
      '</svg>',
      '<g/>',
      '<path/>',
      '<title>',
      '</title>',
      '<br>',
      '<br/>',
      '</br>',
      '<img src="/i">',
      '<table>',
      '<tr>',
      '<td>',
      '</table>',
      '<script>',
      '</script>',
      '<!-- <div> -->',
      'text',
      ' < ',
      '<div/>',
      '<xmp>',
      '</xmp>',
      '<style>',
      '</style>',
      '<noscript>',
      '<iframe>',
      '<foreignObject>',
      '<h1>',
      '<tbody>',
      '<form>',
      '<button>',
      '<desc>',
      '</svg >',
      '<DIV>',
      '<dd>',
      '<dt>',
      '<select>',
      '<option>',
      '<math>',
      '<mi>',
      '</mi>',
      '</math>',
      '<textarea>',
      '</textarea>',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const html = tokens.join('');
        const bounded = boundHtml(html, 4);
        // A leaf (<br>, <textarea>, the empty <p> a stray </p> makes) can sit below the deepest open element.
        expect(depthOf(bounded)).toBeLessThanOrEqual(5);
        if (depthOf(html) <= 4) expect(bounded).toBe(html);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('deep HTML in a feed item is bounded before it is parsed', () => {
  const deep = `${'<a href="https://x.example/">'.repeat(25_000)}Kim Ji-won waits at the bus stop.${'</a>'.repeat(25_000)}`;

  it('sanitizeHtml', () => {
    const out = sanitizeHtml(deep);
    expect(depthOf(out)).toBeLessThanOrEqual(maxHtmlDepth + 1);
    expect(textOf(out)).toBe('Kim Ji-won waits at the bus stop.');
  });

  it('docFromContentHtml', () => {
    const { doc, html } = docFromContentHtml(deep, { headline: null, published: null });
    expect(depthOf(html)).toBeLessThanOrEqual(maxHtmlDepth + 1);
    expect(doc.text).toBe('Kim Ji-won waits at the bus stop.');
  });
});
