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
