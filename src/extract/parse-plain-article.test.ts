import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainArticle } from './parse-plain-article.js';

const dir = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('-plain.txt'))
  .map((f) => [
    f,
    readFileSync(new URL(f, dir), 'utf8'),
    JSON.parse(readFileSync(new URL(f.replace('.txt', '.expected.json'), dir), 'utf8')),
  ]);

describe('parsePlainArticle golden fixtures', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    const doc = parsePlainArticle(input as string);
    const got = doc.blocks.map((b) => {
      const row: string[] = [b.kind, doc.text.slice(b.start, b.end)];
      if (b.credit) row.push(b.credit);
      return row;
    });
    expect(got).toEqual(expected);
    expect(doc.title).toBe((expected as string[][])[0][1]);
  });

  it('normalises CRLF and keeps offsets into the text', () => {
    const doc = parsePlainArticle('Title line\r\n\r\nA paragraph, with words.\r\n');
    expect(doc.text).toBe('Title line\n\nA paragraph, with words.\n');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(['Title line', 'A paragraph, with words.']);
  });
});
