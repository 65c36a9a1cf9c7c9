import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLiterals } from '../../test/source-literals.js';

// Every word a page shows goes through t() and the catalogues (messages-en.ts, messages-ko.ts): a literal in a
// template is English on a Korean page. This reads the literals of src/web and lists those that look like
// interface text (its charts too): words between tags in an html`…` template, or a plain string that is a capitalised word or a
// phrase. Technical strings (attributes, classes, ids, routes, keys) are lower-case single tokens and pass.

const web = new URL('../web/', import.meta.url);

/** Files that are not templates (styles, test support). */
const notTemplates = new Set(['app-css.ts', 'view-fixtures.ts', 'pages-test-app.ts']);

/** Literals that are not interface text though they look like it. */
const technical = new Set([
  'Asia/Seoul',
  'Retry-After',
  'Cache-Control',
  'Content-Type',
  'Content-Disposition',
  'Accept-Language',
  'Vary',
  'light dark',
  'haebang',
]);

/** An error's message (the API's words, in English like its codes), not a page's. */
const isErrorMessage = (before: string) => /\b(AppError\(\s*'[^']*',|Error\()\s*$/.test(before);

function englishIn(file: string, source = readFileSync(new URL(file, web), 'utf8')): string[] {
  const found: string[] = [];
  for (const { line, text, html, before } of sourceLiterals(source)) {
    if (technical.has(text.trim()) || isErrorMessage(before)) continue;
    const words = text
      .replace(/<code>[^<]*<\/code>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(html ? /^[^<>]*>|<[^<>]*$/g : /$^/, ' ')
      .replace(/[\w-]+="[^"]*"/g, ' ')
      .replace(/&[a-z]+;|&#\d+;|\bhaebang\b|\b(selected|checked|autofocus)\b|\bUTC\b/g, ' ');
    const english = html
      ? /[A-Za-z]{2,}/.test(words)
      : /^[A-Z][a-z]|(?<![\w-])[A-Za-z]{2,} [A-Za-z]{2,}(?![\w-])/.test(words);
    if (english) found.push(`${file}:${line} ${words.replace(/\0/g, '…').replace(/\s+/g, ' ').trim().slice(0, 80)}`);
  }
  return found;
}

const files = [...readdirSync(web), ...readdirSync(new URL('charts/', web)).map((f) => `charts/${f}`)].filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !notTemplates.has(f),
);

describe('templates take their words from the catalogue', () => {
  it.each([
    ['words between tags', 'const a = html`<h1>Saved</h1>`;', 1],
    ['a capitalised string', "const flash = 'Progress saved.';", 1],
    ['a phrase', "const x = { label: 'more items' };", 1],
    ['a technical token', "c.header('Content-Type', 'text/html');", 0],
    ['a command in code', 'html`<p><code>haebang catalog export</code></p>`', 0],
    ['a key of the catalogue', "t('saved.intro')", 0],
    ['an error message', "throw new AppError('input.invalid', 'invalid cursor or limit');", 0],
  ])('finds English in a template: %s (the check itself)', (_, source, count) => {
    expect(englishIn('sample.ts', source)).toHaveLength(count);
  });

  it.each(files)('%s has no English literal', (file) => {
    expect(englishIn(file)).toEqual([]);
  });
});
