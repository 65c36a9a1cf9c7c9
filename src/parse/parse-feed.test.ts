import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { repairXml } from './repair-xml.js';

const dir = new URL('./fixtures/', import.meta.url);
const inputs = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));

describe('parseFeed golden fixtures', () => {
  it.each(inputs)('%s', (name) => {
    const parsed = parseFeed({ text: readFileSync(new URL(name, dir), 'utf8'), url: `https://test.example/${name}` });
    const expectedFile = new URL(`${name.replace(/\.\w+$/, '')}.expected.json`, dir);
    expect(parsed).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

describe('parseFeed refuses what it cannot read, for this feed alone', () => {
  it.each([
    ['an HTML page', '<!doctype html><html><body>hi</body></html>', /a web page, not a feed/],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', /not valid JSON/],
    ['an unknown XML document', '<?xml version="1.0"?><svg><g/></svg>', /not a readable RSS, Atom or JSON feed/],
    ['unclosed tags beyond repair', '<rss version="2.0"><channel><item><title>x</item></rss', /not a readable/],
  ])('%s', (_name, text, message) => {
    expect(() => parseFeed({ text, url: 'https://bad.example/feed' })).toThrow(
      expect.objectContaining({ code: 'feed.malformed', message: expect.stringMatching(message) }),
    );
  });

  it('never expands entities defined in a DOCTYPE, nor reads external ones', () => {
    const parsed = parseFeed({ text: readFileSync(new URL('entity-bomb.xml', dir), 'utf8'), url: 'x' });
    const all = JSON.stringify(parsed);
    expect(all).not.toContain('aaaaaaaaaa');
    expect(all).not.toContain('root:');
  });
});

describe('repairXml', () => {
  it.each([
    ['bare ampersand', '<t>A & B</t>', '<t>A &amp; B</t>'],
    ['entities kept', '<t>A &amp; B &#39; &#x27; &lt;</t>', '<t>A &amp; B &#39; &#x27; &lt;</t>'],
    ['bare less-than', '<t>5 < 6</t>', '<t>5 &lt; 6</t>'],
    ['CDATA untouched', '<t><![CDATA[a & b < c]]></t>', '<t><![CDATA[a & b < c]]></t>'],
    ['control characters dropped', '<t>a\u0001b</t>', '<t>ab</t>'],
    ['doctype dropped', '<!DOCTYPE x [<!ENTITY a "b">]><t/>', '<t/>'],
  ])('%s', (_name, input, expected) => {
    expect(repairXml(input)).toBe(expected);
  });
});

describe('JSON Feed documents are checked before they are read', () => {
  const version = '"version": "https://jsonfeed.org/version/1.1", "title": "Drama Notes"';
  it.each([
    ['items is an object', `{${version}, "items": {}}`, '`items` is an object, not an array'],
    ['items is null', `{${version}, "items": null}`, '`items` is null, not an array'],
    ['items is missing', `{${version}}`, '`items` is missing'],
    ['no version nor items', '{"feed": []}', 'it has neither a JSON Feed `version`'],
    ['an array at the top', '[{"title": "x"}]', 'the document is an array, not a JSON Feed object'],
    [
      'a title that is a number',
      `{"version": "https://jsonfeed.org/version/1.1", "title": 5, "items": []}`,
      '`title` is a number',
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseFeed({ text, url: 'https://bad.example/feed.json' })).toThrow(
      expect.objectContaining({
        code: 'feed.malformed',
        message: expect.stringContaining(`https://bad.example/feed.json: not a readable JSON Feed: ${message}`),
      }),
    );
  });

  it('reports each bad item by its index and keeps the rest', () => {
    const items = [
      null,
      3,
      { id: 'ok-1', title: 'Ratings for episode 4 climb', url: 'https://notes.example/4' },
      'a string',
      { id: 'bad-title', title: ['not', 'text'], url: 'https://notes.example/x' },
      { id: 7, title: 'A numeric id is read as text', url: 'https://notes.example/7' },
      { id: 'bad-author', title: 'Authors', authors: 'Kim' },
      {},
    ];
    const parsed = parseFeed({
      text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'N', items }),
      url: 'u',
    });
    expect(parsed.entries.map((e) => e.guid)).toEqual(['ok-1', '7']);
    expect(parsed.skipped).toEqual([
      { index: 0, reason: 'items[0] is null, not an object' },
      { index: 1, reason: 'items[1] is a number, not an object' },
      { index: 3, reason: 'items[3] is a string, not an object' },
      { index: 4, reason: expect.stringMatching(/^items\[4\]\.title is an array: /) },
      { index: 6, reason: expect.stringMatching(/^items\[6\]\.authors is a string: /) },
      { index: 7, reason: 'the entry has neither a title nor a link' },
    ]);
  });

  it.each([
    ['an XML document of another kind', '<?xml version="1.0"?><svg><g/></svg>', 'the root element is <svg>'],
    ['an <rss> without a channel', '<rss version="2.0"></rss>', '<rss> has no <channel>'],
    [
      'an empty channel',
      '<rss version="2.0"><channel></channel></rss>',
      'the <rss> document has no title, link or entries',
    ],
  ])('names what is wrong with %s', (_name, text, message) => {
    expect(() => parseFeed({ text, url: 'https://bad.example/feed' })).toThrow(
      expect.objectContaining({ code: 'feed.malformed', message: expect.stringContaining(message) }),
    );
  });
});
