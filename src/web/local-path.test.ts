import { describe, expect, it } from 'vitest';
import { localPath, refererPath } from './local-path.js';

describe('localPath', () => {
  it.each([
    ['/', '/'],
    ['/shows/my-liberation-notes?x=1#item-2', '/shows/my-liberation-notes?x=1#item-2'],
    ['/items/abc', '/items/abc'],
    ['/a/../b', '/b'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['/x\\y', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['/x\ny', null],
    ['/x\ty', null],
    ['relative', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(localPath(input)).toBe(expected);
  });
});

describe('refererPath', () => {
  const url = 'http://127.0.0.1:5173/items/abc/reveal';
  it.each([
    ['http://127.0.0.1:5173/?show=x', '/?show=x'],
    ['http://127.0.0.1:5173/shows/x#top', '/shows/x'],
    ['http://evil.example/?show=x', null],
    ['https://127.0.0.1:5173/', null],
    ['not a url', null],
    [undefined, null],
  ])('%j → %j', (referer, expected) => {
    expect(refererPath(referer, url)).toBe(expected);
  });
});
