import { describe, expect, it } from 'vitest';
import { aboutUrl, withoutUrl } from './about-url.js';

const feed = 'https://news.example.com/feed.xml';

describe('a URL printed once', () => {
  it.each([
    ['the URL at the start', `${feed}: HTTP 404`, 'HTTP 404'],
    ['the host at the start', 'news.example.com: cannot resolve the host name', 'cannot resolve the host name'],
    ['another URL at the start (a redirect)', 'https://other.example/x: HTTP 500', 'https://other.example/x: HTTP 500'],
    ['no URL', 'not a feed', 'not a feed'],
    ['the URL later on', `not a feed: ${feed}`, `not a feed: ${feed}`],
  ])('%s', (_name, message, reason) => {
    expect(withoutUrl(feed, message)).toBe(reason);
    const line = aboutUrl(feed, message);
    expect(line).toBe(`${feed}: ${reason}`);
    expect(line.split(feed).length - 1).toBe(message.includes(feed) && !message.startsWith(feed) ? 2 : 1);
  });
});
