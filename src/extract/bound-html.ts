import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * Elements nest at most this deep (a leaf such as <br> or an empty <p> can sit one below); tags that would open
 * deeper are dropped and their text kept (flattened).
 */
export const maxHtmlDepth = 64;
/** HTML longer than this (in UTF-16 code units: 2 MB of Latin text, more bytes of Hangul) is cut before parsing. */
export const maxHtmlChars = 2 * 1024 * 1024;

// The tree rules of htmlparser2's Parser (under both linkedom and sanitize-html), so that depth is counted exactly as
// the parser will build the tree.
const set = (tags: string) => new Set(tags.split(' '));
const voidElements = set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr',
);
const pTag = set('p');
const formTags = set('input option optgroup select button datalist textarea');
const impliesClose = new Map<string, Set<string>>([
  ['tr', set('tr th td')],
  ['th', set('th')],
  ['td', set('thead th td')],
  ['body', set('head link script')],
  ['li', set('li')],
  ['option', set('option')],
  ['optgroup', set('optgroup option')],
  ['dd', set('dd dt')],
  ['dt', set('dd dt')],
  ['rt', set('rt rp')],
  ['rp', set('rt rp')],
  ['tbody', set('thead tbody')],
  ['tfoot', set('thead tbody')],
  ...[...set('select input output button datalist textarea')].map((t): [string, Set<string>] => [t, formTags]),
  ...[
    ...set(
      'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul',
    ),
  ].map((t): [string, Set<string>] => [t, pTag]),
]);
const foreignElements = set('math svg');
/** What htmlparser2's tokenizer reads as text up to the element's end tag. */
const rawText = set('script style title textarea xmp');
const integrationElements = set('mi mo mn ms mtext annotation-xml foreignobject desc title');

/** Whether `html` holds at most `limit` '<' (so at most that many tags), counted without building a string. */
function fewerTags(html: string, limit: number): boolean {
  let n = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) if (++n > limit) return false;
  return true;
}

/**
 * HTML bounded before any parser builds a tree of it: cut at `maxChars`, and elements nested deeper than `maxDepth`
 * flattened (their start tags dropped, their text kept), so that parsing, sanitising and walking the tree cost time
 * linear in the input (deep nesting makes the parser, the sanitiser and tree walks quadratic). One pass of
 * htmlparser2's tokenizer, the same the parsers use, with their tree rules; the stack is at most `maxDepth` deep, so
 * each tag costs at most that. This only removes tags; the output still goes through the sanitiser.
 */
export function boundHtml(input: string, maxDepth = maxHtmlDepth, maxChars = maxHtmlChars): string {
  const html = input.length > maxChars ? input.slice(0, maxChars) : input;
  // A tag is dropped only with `maxDepth` elements open above it: HTML with no more '<' than that keeps every tag.
  if (fewerTags(html, maxDepth)) return html;
  const stack: string[] = [];
  const foreign: boolean[] = [];
  const kept: string[] = [];
  let copied = 0;
  let tag = { name: '', start: 0, dropped: false };
  const drop = (end: number) => {
    kept.push(html.slice(copied, tag.start));
    copied = end + 1;
  };
  const nothing = () => {};
  const callbacks: TokenizerCallbacks = {
    onattribdata: nothing,
    onattribentity: nothing,
    onattribend: nothing,
    onattribname: nothing,
    oncdata: nothing,
    oncomment: nothing,
    ondeclaration: nothing,
    onend: nothing,
    onprocessinginstruction: nothing,
    ontext: nothing,
    ontextentity: nothing,
    onopentagname(start, end) {
      const name = html.slice(start, end).toLowerCase();
      tag = { name, start: start - 1, dropped: false };
      const closes = impliesClose.get(name);
      while (closes && stack.length && closes.has(stack[stack.length - 1])) stack.pop();
      if (voidElements.has(name)) return;
      // A raw-text element is kept even past the limit: it holds only text, and the tokenizer reads its content as
      // text whether the tag is kept or not, so dropping it would make the parser see tags it has not counted.
      if (stack.length >= maxDepth && !rawText.has(name)) {
        tag.dropped = true;
        return;
      }
      stack.push(name);
      if (foreignElements.has(name)) foreign.push(true);
      else if (integrationElements.has(name)) foreign.push(false);
    },
    onopentagend(end) {
      if (tag.dropped) drop(end);
    },
    onselfclosingtag(end) {
      if (tag.dropped) return drop(end);
      // Inside <svg> or <math> `/>` closes the element; elsewhere the parser ignores the slash.
      if (foreign[foreign.length - 1] && stack[stack.length - 1] === tag.name) stack.pop();
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (foreignElements.has(name) || integrationElements.has(name)) foreign.pop();
      if (voidElements.has(name)) return;
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
    },
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  if (!kept.length) return html;
  kept.push(html.slice(copied));
  return kept.join('');
}
