import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLiterals } from '../../test/source-literals.js';

// Every word a page shows goes through t() and the catalogues (messages-en.ts, messages-ko.ts): a literal in a
// template is English on a Korean page. This reads the literals of src/web and lists those that look like
// interface text: words between tags in an html`…` template, or a plain string that is a capitalised word or a
// phrase. Technical strings (attributes, classes, ids, routes, keys) are lower-case single tokens and pass.

const web = new URL('../web/', import.meta.url);

/** Files that are not templates (styles, test support). */
const notTemplates = new Set(['app-css.ts', 'view-fixtures.ts', 'pages-test-app.ts']);

/**
 * Files still written in English only, to be moved to the catalogue; the test fails when one of them is clean
 * (take it off the list) and for every other file with English in it.
 */
const notYetTranslated = new Set([
  'account-pages.ts',
  'catalog-pages.ts',
  'item-state-pages.ts',
  'render-account-form.ts',
  'render-settings-page.ts',
  'settings-pages.ts',
]);

/** Literals that are not interface text though they look like it. */
const technical = new Set([
  'Asia/Seoul',
  'Retry-After',
  'Cache-Control',
  'Content-Type',
  'Accept-Language',
  'Vary',
  'light dark',
  'haebang',
]);

/** An error's message (the API's words, in English like its codes), not a page's. */
const isErrorMessage = (before: string) => /\b(AppError\(\s*'[^']*',|Error\()\s*$/.test(before);

function englishIn(file: string): string[] {
  const found: string[] = [];
  for (const { line, text, html, before } of sourceLiterals(readFileSync(new URL(file, web), 'utf8'))) {
    if (technical.has(text.trim()) || isErrorMessage(before)) continue;
    const words = text
      .replace(/<[^>]*>/g, ' ')
      .replace(html ? /^[^<>]*>|<[^<>]*$/g : /$^/, ' ')
      .replace(/[\w-]+="[^"]*"/g, ' ')
      .replace(/&[a-z]+;|&#\d+;|\bhaebang\b|\b(selected|checked)\b|\bUTC\b/g, ' ');
    const english = html
      ? /[A-Za-z]{2,}/.test(words)
      : /^[A-Z][a-z]|(?<![\w-])[A-Za-z]{2,} [A-Za-z]{2,}(?![\w-])/.test(words);
    if (english) found.push(`${file}:${line} ${words.replace(/\0/g, '…').replace(/\s+/g, ' ').trim().slice(0, 80)}`);
  }
  return found;
}

const files = readdirSync(web).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !notTemplates.has(f));

describe('templates take their words from the catalogue', () => {
  it('finds English in a template (the check itself)', () => {
    expect(englishIn('settings-pages.ts').length).toBeGreaterThan(0);
  });

  it.each(files.filter((f) => !notYetTranslated.has(f)))('%s has no English literal', (file) => {
    expect(englishIn(file)).toEqual([]);
  });

  it.each([...notYetTranslated])('%s is still on the list of files to translate', (file) => {
    expect(englishIn(file).length, `${file} is clean now: take it off notYetTranslated`).toBeGreaterThan(0);
  });
});
