import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { uiFor } from '../i18n/ui.js';
import { renderLayout, safeUrl } from './render-layout.js';

const user = { id: 1, name: 'min-ji', role: 'owner' as const, unfollowedPolicy: 'hide' as const };

async function page(overrides: Partial<Parameters<typeof renderLayout>[0]> = {}) {
  return (
    await renderLayout({ title: 'Feed', user, csrfToken: 'tok-9', body: html`<h1>Feed</h1>`, ...overrides })
  ).toString();
}

describe('renderLayout', () => {
  it('has the skip link, nav, search form, log-out form and main#content', async () => {
    const out = await page({ current: '/' });
    expect(out).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(out).toContain('<title>Feed · haebang</title>');
    expect(out).toContain('<a href="#content" class="skip">Skip to content</a>');
    expect(out).toContain('<a href="/" aria-current="page">Feed</a>');
    expect(out).toContain('<a href="/shows">Shows</a>');
    expect(out).toContain('<a href="/settings">Settings</a>');
    expect(out).toMatch(/<form class="search" role="search" method="get" action="\/search">/);
    expect(out).toContain('<label for="site-search">Search</label>');
    expect(out).toContain('name="q"');
    expect(out).toMatch(
      /<form class="inline" method="post" action="\/logout">\s*<input type="hidden" name="_csrf" value="tok-9">/,
    );
    expect(out).toContain('Log out</button>');
    expect(out).toContain('<main id="content" tabindex="-1">\n<h1>Feed</h1>');
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('has no nav, search or log-out for a visitor who is not logged in', async () => {
    const out = await page({ user: null, csrfToken: null, title: 'Log in' });
    expect(out).toContain('<title>Log in · haebang</title>');
    expect(out).not.toContain('role="search"');
    expect(out).not.toContain('/logout');
  });

  it('has link-preview tags only when given a preview, escaped', async () => {
    expect(await page()).not.toContain('og:');
    const out = await page({
      title: 'A "quoted" <title>',
      preview: { title: 'A "quoted" <title>', description: "It's <b>bold</b>", image: 'https://img.example.com/a.jpg' },
    });
    expect(out).toContain('<title>A &quot;quoted&quot; &lt;title&gt; · haebang</title>');
    expect(out).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">');
    expect(out).toContain('<meta property="og:description" content="It&#39;s &lt;b&gt;bold&lt;/b&gt;">');
    expect(out).toContain('<meta property="og:image" content="https://img.example.com/a.jpg">');
    const noImage = await page({ preview: { title: 't', description: 'd', image: 'javascript:alert(1)' } });
    expect(noImage).not.toContain('og:image');
  });

  it("speaks the reader's language and carries their colour scheme and the favicon", async () => {
    const out = await page({ ui: uiFor('ko', 'dark'), current: '/' });
    expect(out).toMatch(/^<!doctype html>\n<html lang="ko" data-theme="dark">/);
    expect(out).toContain('<meta name="color-scheme" content="dark">');
    expect(out).toContain('<a href="/" aria-current="page">피드</a>');
    expect(out).toContain('본문으로 건너뛰기');
    expect(out).toContain('로그아웃</button>');
    expect(out).not.toContain('Log out');
    const auto = await page({ ui: uiFor('en', 'auto') });
    expect(auto).toContain('<meta name="color-scheme" content="light dark">');
    expect(auto).not.toContain('data-theme');
    expect(auto).toContain('<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">');
  });

  it('escapes the search query', async () => {
    expect(await page({ query: '"><script>' })).toContain('value="&quot;&gt;&lt;script&gt;"');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example/', 'http://a.example/'],
    ['javascript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['/relative', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
