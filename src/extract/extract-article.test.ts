import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';
import { extractArticle } from './extract-article.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 나의 해방일지 in EUC-KR, written out as bytes so this file stays UTF-8. */
const eucKrTitle = [0xb3, 0xaa, 0xc0, 0xc7, 0x20, 0xc7, 0xd8, 0xb9, 0xe6, 0xc0, 0xcf, 0xc1, 0xf6];

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8('손석구 and Kim Ji-won'), undefined, '손석구 and Kim Ji-won'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('나의 해방일지')]), undefined, '나의 해방일지'],
    ['EUC-KR declared in Content-Type', new Uint8Array(eucKrTitle), 'text/html; charset=EUC-KR', '나의 해방일지'],
    ['EUC-KR sniffed', new Uint8Array(eucKrTitle), undefined, '나의 해방일지'],
    ['CP949 label', new Uint8Array(eucKrTitle), 'text/plain; charset=cp949', '나의 해방일지'],
    [
      'EUC-KR declared in meta',
      new Uint8Array([...utf8('<meta charset="euc-kr"><p>'), ...eucKrTitle]),
      undefined,
      '<meta charset="euc-kr"><p>나의 해방일지',
    ],
    [
      'EUC-KR declared in an XML declaration',
      new Uint8Array([...utf8('<?xml version="1.0" encoding="EUC-KR"?><title>'), ...eucKrTitle]),
      undefined,
      '<?xml version="1.0" encoding="EUC-KR"?><title>나의 해방일지',
    ],
  ])('%s', (_name, bytes, contentType, expected) => {
    expect(decodeBytes(bytes, contentType)).toBe(expected);
  });

  it.each([
    ['empty', new Uint8Array(), 'input.empty'],
    ['whitespace', utf8('  \n\t '), 'input.empty'],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'input.binary'],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), 'input.binary'],
    ['over 5 MB', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), 'input.too-large'],
    ['undecodable', new Uint8Array([0xff, 0xff, 0xff, 0x41, 0xc3]), 'input.undecodable'],
  ])('refuses %s input', (_name, bytes, code) => {
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code }));
  });
});

describe('extractArticle', () => {
  it('reads an HTML page through Readability, with captions, source and publish date', () => {
    const html = `<!doctype html><html><head><title>Site</title>
      <meta property="og:title" content="Kim Ji-won talks about her new drama">
      <meta property="article:published_time" content="2024-03-10T09:00:00+09:00"></head>
      <body><nav>Home | News</nav><article><h1>Kim Ji-won talks about her new drama</h1>
      <p>Actress Kim Ji-won sat down with reporters ahead of the weekend broadcast and spoke at length about the role.</p>
      <figure><img src="a.jpg"><figcaption>Kim Ji-won at the press conference | tvN</figcaption></figure>
      <p>She said the script had moved her from the first reading, and that she hoped viewers would feel the same.</p>
      <script>alert(1)</script><p>Source: tvN</p></article>
      <aside class="related-articles"><a href="/news/2">Queen of Tears sets a new record</a></aside></body></html>`;
    const doc = extractArticle({ bytes: utf8(html), url: 'https://news.example/a/1' });
    expect(doc.title).toBe('Kim Ji-won talks about her new drama');
    expect(doc.published).toBe('2024-03-10');
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds).toEqual(['headline', 'paragraph', 'caption', 'paragraph', 'source']);
    expect(doc.blocks[2].credit).toBe('tvN');
    expect(doc.text).not.toMatch(/alert|<|Home \| News/);
    expect(doc.related).toEqual([{ title: 'Queen of Tears sets a new record', url: 'https://news.example/news/2' }]);
  });

  it('lets an explicit publish date win', () => {
    const doc = extractArticle({ bytes: utf8('Headline\n\nA paragraph about a drama.'), published: '2022-05-01' });
    expect(doc.published).toBe('2022-05-01');
  });
});
