import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonicalize-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    [
      'strips tracking parameters',
      'https://www.Soompi.example/article/1?utm_source=rss&utm_medium=x&id=5',
      '//soompi.example/article/1?id=5',
    ],
    ['strips click ids', 'https://a.example/n/2?fbclid=abc&gclid=d', '//a.example/n/2'],
    ['drops the fragment and trailing slash', 'http://a.example/n/3/#comments', '//a.example/n/3'],
    ['sorts the remaining query', 'https://a.example/view?b=2&a=1', '//a.example/view?a=1&b=2'],
    ['keeps meaningful parameters', 'https://news.example/read.php?no=77&ref=rss', '//news.example/read.php?no=77'],
    ['drops the default port', 'https://a.example:443/x', '//a.example/x'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([['javascript:alert(1)'], ['not a url'], [''], ['ftp://a.example/x']])('refuses %s', (input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it('gives the same key to http and https', () => {
    expect(canonicalizeUrl('http://a.example/x')).toBe(canonicalizeUrl('https://a.example/x'));
  });
});
