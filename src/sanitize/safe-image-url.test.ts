import { describe, expect, it } from 'vitest';
import { safeImageUrl } from './safe-image-url.js';

describe('safeImageUrl', () => {
  it.each([
    ['an https URL', 'https://img.example.test/a.jpg', undefined, 'https://img.example.test/a.jpg'],
    ['surrounding spaces', '  https://img.example.test/a.jpg ', undefined, 'https://img.example.test/a.jpg'],
    [
      'a relative URL on an https page',
      '/img/a.jpg',
      'https://news.example.test/x/1',
      'https://news.example.test/img/a.jpg',
    ],
    [
      'Hangul in the path',
      'https://img.example.test/해방.jpg',
      undefined,
      'https://img.example.test/%ED%95%B4%EB%B0%A9.jpg',
    ],
    ['http', 'http://img.example.test/a.jpg', undefined, null],
    ['a relative URL on an http page', '/img/a.jpg', 'http://news.example.test/', null],
    ['a relative URL without a base', '/img/a.jpg', undefined, null],
    ['javascript:', 'javascript:alert(1)', undefined, null],
    ['data:', 'data:image/png;base64,iVBORw0KGgo=', undefined, null],
    ['a protocol-relative URL without a base', '//img.example.test/a.jpg', undefined, null],
    ['credentials', 'https://user:pw@img.example.test/a.jpg', undefined, null],
    ['a tracker host', 'https://pixel.example.test/p.gif', undefined, null],
    ['a tracker domain', 'https://www.facebook.com/tr?id=1', undefined, null],
    ['a space inside', 'https://img.example.test/a b.jpg', undefined, null],
    ['a control character', 'https://img.example.test/a\u0000.jpg', undefined, null],
    ['too long', `https://img.example.test/${'a'.repeat(2100)}.jpg`, undefined, null],
    ['empty', '', undefined, null],
    ['null', null, undefined, null],
  ])('%s', (_name, url, base, expected) => {
    expect(safeImageUrl(url, base)).toBe(expected);
  });
});
