import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, browserAvailable, launchBrowser } from './launch-browser.js';
import { andWaitForPage, openPath } from './navigate.js';
import { saveScreenshot } from './save-screenshot.js';
import { startTestServer, type TestServer } from './start-test-server.js';

// The first run, dark mode, the Korean interface and Settings → Sources in Debian's Chromium against the real
// server; each step saves a screenshot at desktop and phone size. The tests run in order in one browser session.

const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let page: Page;
const open = (path: string) => openPath(page, server.origin, path);
const path = () => new URL(page.url()).pathname;

/** Screenshots at both sizes, checking on the phone that nothing scrolls sideways and every control is ≥ 44 px. */
async function shootBoth(name: string): Promise<void> {
  await saveScreenshot(page, name);
  await page.setViewportSize(phone);
  try {
    const { scrollWidth, small } = await page.evaluate(() => {
      const controls = document.querySelectorAll(
        'button, select, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), .site-nav a, .pager a, .tags a',
      );
      const small = [...controls]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44)
        .map(
          ({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim()}" ${Math.round(box.height)}px`,
        );
      return { scrollWidth: document.documentElement.scrollWidth, small };
    });
    expect(scrollWidth, `${name} on a phone`).toBeLessThanOrEqual(phone.width);
    expect(small, `${name}: tap targets under 44 px`).toEqual([]);
    await saveScreenshot(page, name);
  } finally {
    await page.setViewportSize(desktop);
  }
}

/** The page's background colour as its relative luminance (0 black … 1 white). */
const backgroundLuminance = () =>
  page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    const lin = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });

describe.runIf(browserAvailable)('the interface in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize(desktop);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('first run: the owner picks a show by its Hangul title and their episode, then opens the feed', async () => {
    await open('/');
    await page.getByLabel('Name').fill('hana');
    await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Create account' }).click());
    expect(path()).toBe('/welcome');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('What are you watching?');
    await shootBoth('first-run');
    await page.getByLabel('Find a show').fill('나의 해방일지');
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Find', exact: true }).click());
    const row = page.locator('#show-my-liberation-notes');
    await row.getByLabel('Watched through episode').fill('10');
    await andWaitForPage(page, () =>
      row.getByRole('button', { name: /Save my progress on My Liberation Notes/ }).click(),
    );
    expect(await page.getByRole('status').textContent()).toContain('Saved your progress on My Liberation Notes.');
    expect(await page.locator('#show-my-liberation-notes').textContent()).toContain('Watched through episode 10 of 16');
    expect(await page.getByLabel('Show everything (recommended)').isChecked()).toBe(true);
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Open my feed' }).click());
    expect(path()).toBe('/');
    expect(await page.locator('.policy-notice').textContent()).toContain('shown in full, spoilers included');
    await shootBoth('feed-after-first-run');
    // One click hides the plot of shows not followed, and back.
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Hide their plot' }).click());
    expect(path()).toBe('/');
    expect(await page.locator('.policy-notice').textContent()).toContain('is hidden');
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Show everything' }).click());
  });

  it('on a 375 px phone no page scrolls sideways, in English and in Korean', async () => {
    await open('/');
    const item = await page.locator('article.item .item-title a').first().getAttribute('href');
    expect(item, 'a shown item on the feed').toMatch(/^\/items\//);
    const pages = [
      '/',
      '/shows',
      '/shows/my-liberation-notes',
      '/shows/my-liberation-notes/episodes/11',
      '/people/son-suk-ku',
      item!,
      '/search?q=%EC%86%90%EC%84%9D%EA%B5%AC',
      '/settings',
      '/welcome',
      '/analyze',
    ];
    await page.setViewportSize(phone);
    try {
      for (const lang of ['en-GB,en;q=0.9', 'ko-KR,ko;q=0.9']) {
        await page.setExtraHTTPHeaders({ 'accept-language': lang });
        const wide: string[] = [];
        for (const where of pages) {
          await open(where);
          const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
          if (width > phone.width) wide.push(`${where} (${lang.slice(0, 2)}): ${width}px`);
        }
        expect(wide, 'pages wider than the 375 px screen').toEqual([]);
      }
    } finally {
      await page.setExtraHTTPHeaders({});
      await page.setViewportSize(desktop);
    }
  });

  it('dark mode: follows the system, and the setting overrides it', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open('/');
    expect(await backgroundLuminance()).toBeLessThan(0.05);
    await shootBoth('dark-feed');
    await open('/settings');
    await page.getByLabel('Colours').selectOption('light');
    await andWaitForPage(page, () => page.locator('#interface-heading ~ form button[type=submit]').click());
    expect(await backgroundLuminance()).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Colours').selectOption('dark');
    await andWaitForPage(page, () => page.locator('#interface-heading ~ form button[type=submit]').click());
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await backgroundLuminance()).toBeLessThan(0.05);
    await shootBoth('dark-settings');
    await page.getByLabel('Colours').selectOption('auto');
    await andWaitForPage(page, () => page.locator('#interface-heading ~ form button[type=submit]').click());
  });

  it('the Korean interface: by the browser language, and by the setting', async () => {
    await page.setExtraHTTPHeaders({ 'accept-language': 'ko-KR,ko;q=0.9' });
    await open('/welcome');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('요즘 어떤 드라마를 보고 계세요?');
    expect(
      await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '설정' }).isVisible(),
    ).toBe(true);
    await shootBoth('korean-first-run');
    await open('/analyze');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('기사 분석');
    await page
      .getByLabel('기사 (일반 텍스트 또는 HTML)')
      .fill('My Liberation Notes episode 11 is the one where Son Seok-koo finally talks.');
    await page.getByRole('button', { name: '분석하기' }).click();
    await page.getByText('완료했습니다.').waitFor();
    await shootBoth('korean-analyze');
    await page.setExtraHTTPHeaders({});
    await open('/settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('ko');
    await andWaitForPage(page, () => page.locator('#interface-heading ~ form button[type=submit]').click());
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.getByRole('status').textContent()).toBe('화면 설정을 저장했습니다.');
    for (const heading of ['읽기', '시청 진도', '비밀번호', '카탈로그', '사용자'])
      expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true);
    await shootBoth('korean-settings');
    await open('/saved');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('저장함');
    await open('/settings');
    await page.getByLabel('언어').selectOption('auto');
    await andWaitForPage(page, () => page.locator('#interface-heading ~ form button[type=submit]').click());
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('Settings → Sources: fetch now, the interval, the last fetch, OPML out', async () => {
    await open('/settings');
    const feed = page.locator('li.feed').first();
    expect(await feed.textContent()).toContain('Last fetched');
    await andWaitForPage(page, () => feed.getByRole('button', { name: /^Fetch .* now$/ }).click());
    expect(await page.getByRole('status').textContent()).toMatch(/^Fetched .*: 0 new items\.$/);
    await feed.getByLabel('Every').selectOption('120');
    await andWaitForPage(page, () => feed.getByRole('button', { name: /^Set how often/ }).click());
    expect(await page.getByRole('status').textContent()).toContain('is now fetched at the new interval.');
    expect(await page.locator('li.feed').first().getByLabel('Every').inputValue()).toBe('120');
    const opml = await page.request.get(`${server.origin}/settings/opml`);
    expect(await opml.text()).toContain('/notes.xml');
    await shootBoth('settings-sources');
  });
});
