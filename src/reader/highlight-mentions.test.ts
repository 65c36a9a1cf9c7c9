import { describe, expect, it } from 'vitest';
import { highlightMentions } from './highlight-mentions.js';

const son = { href: '/people/son-seok-gu', spellings: ['Son Suk-ku', '손석구'] };
const show = { href: '/shows/my-liberation-notes', spellings: ['My Liberation Notes'] };

describe('highlightMentions', () => {
  it.each([
    {
      name: 'a Latin spelling as a whole word',
      html: '<p>Son Suk-ku smiles in My Liberation Notes.</p>',
      expected:
        '<p><a href="/people/son-seok-gu" class="mention">Son Suk-ku</a> smiles in <a href="/shows/my-liberation-notes" class="mention">My Liberation Notes</a>.</p>',
    },
    {
      name: 'Hangul with a particle attached',
      html: '<p>손석구는 웃었다</p>',
      expected: '<p><a href="/people/son-seok-gu" class="mention">손석구</a>는 웃었다</p>',
    },
    { name: 'not inside a longer word', html: '<p>Son Suk-kus</p>', expected: '<p>Son Suk-kus</p>' },
    {
      name: 'not inside an existing link',
      html: '<p><a href="https://example.com/">Son Suk-ku</a></p>',
      expected: '<p><a href="https://example.com/">Son Suk-ku</a></p>',
    },
    {
      name: 'inside nested markup, text escaped',
      html: '<p><em>Son Suk-ku &amp; &lt;co&gt;</em></p>',
      expected: '<p><em><a href="/people/son-seok-gu" class="mention">Son Suk-ku</a> &amp; &lt;co&gt;</em></p>',
    },
  ])('$name', ({ html, expected }) => {
    expect(highlightMentions(html, [son, show])).toBe(expected);
  });

  it('leaves the HTML alone when there is nothing to highlight', () => {
    expect(highlightMentions('<p>Nothing</p>', [])).toBe('<p>Nothing</p>');
  });

  it('a spelling that looks like markup stays text', () => {
    const out = highlightMentions('<p>&lt;img src=x onerror=alert(1)&gt;</p>', [
      { href: '/people/x', spellings: ['<img src=x onerror=alert(1)>'] },
    ]);
    expect(out).not.toMatch(/<img/);
  });
});
