import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from './expect-no-leak.js';
import { type Browser, browserAvailable, launchBrowser } from './launch-browser.js';
import { andWaitForPage, openPath } from './navigate.js';
import { saveScreenshot } from './save-screenshot.js';
import { startTestServer, type TestServer } from './start-test-server.js';

// The reader as a person uses it, in Debian's Chromium against the real server (`haebang serve`) on a fresh
// database with the fixture feed of test/browser/fixtures ingested. The tests run in order and share one browser
// session: the first one creates the owner.

const owner = { name: 'minji', password: 'sanpo-bus-stop-22' };
const show = '/shows/my-liberation-notes';
const titles = {
  premiere: 'JTBC sets an April 9 premiere for My Liberation Notes',
  episode10: 'My Liberation Notes episode 10 and the long ride home',
  episode11: 'Why episode 11 of My Liberation Notes belongs to Mr. Gu',
  episode12: 'On set: how the crew lit episode 12 of My Liberation Notes',
};
/** What a hidden episode 11 item must not show anywhere: its title, text, image, alt text and link. */
const secretsOf11 = [
  titles.episode11,
  'turns its whole attention',
  'Mr. Gu alone at the table',
  'img.example.test',
  'episode-11-mr-gu',
];
const secretsOf12 = [titles.episode12, 'preparing the night scenes', 'episode-12-behind-the-scenes'];
const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let page: Page;
const itemIds: { episode11?: string; episode12?: string } = {};

const open = (path: string) => openPath(page, server.origin, path);
const path = () => new URL(page.url()).pathname;
const mainText = async () => (await page.locator('main').textContent()) ?? '';
const h1Text = async () => ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
const hiddenCard = (reason: string) => page.locator('article.hidden-card', { hasText: reason });
const itemLink = (title: string) => page.getByRole('link', { name: title, exact: true });

/** The id of the item a hidden card stands for, read from its reveal form. */
async function hiddenCardId(reason: string): Promise<string> {
  const action = await hiddenCard(reason).locator('form.reveal').getAttribute('action');
  const id = /^\/items\/([^/]+)\/reveal$/.exec(action ?? '')?.[1];
  expect(id, `reveal form action ${action}`).toBeTruthy();
  return decodeURIComponent(id!);
}

/** The pages a reader moves between (the item pages once their ids are known). */
const mainPages = () => [
  '/',
  '/shows',
  show,
  `${show}/episodes/11`,
  '/people/son-suk-ku',
  `/items/${itemIds.episode11}`,
  '/search?q=Son+Suk+Ku',
  '/settings',
];

/** The focused element, as "tag:name" (a link or button by its text, a field by its name). */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const tag = el.tagName.toLowerCase();
    const name = tag === 'input' || tag === 'select' ? el.getAttribute('name') : el.textContent?.trim();
    return `${tag}:${name ?? ''}`;
  });

/** Presses Tab until the focus is on `target`; returns what had the focus on the way (target last). */
async function tabUntil(target: string, limit = 200): Promise<string[]> {
  const seen: string[] = [];
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press('Tab');
    seen.push(await focused());
    if (seen.at(-1) === target) return seen;
  }
  throw new Error(`Tab never reached ${target}; the focus went through: ${seen.join(', ')}`);
}

async function saveProgress(episode: number): Promise<void> {
  await open(show);
  await page.getByLabel('Watched through episode').fill(String(episode));
  await andWaitForPage(page, () => page.getByRole('button', { name: 'Save progress' }).click());
  expect(path()).toBe(show);
  expect(await page.getByLabel('Watched through episode').inputValue()).toBe(String(episode));
}

describe.runIf(browserAvailable)('the reader in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // Item images are remote; the browser gets a small picture from here instead of the network.
    await browser.context.route('https://img.example.test/**', (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#7a8c6e"/></svg>',
      }),
    );
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize(desktop);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('first run: /setup creates the owner; log out; a wrong password is refused with a message; log in', async () => {
    await open('/');
    expect(path()).toBe('/setup');
    await page.getByLabel('Name').fill(owner.name);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Create account' }).click());
    // Logged in at once (the app sends a new owner on to pick their shows).
    expect(path()).not.toMatch(/^\/(setup|login)$/);
    expect(await page.getByRole('button', { name: 'Log out' }).isVisible()).toBe(true);
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Log out' }).click());
    await open('/settings');
    expect(path()).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings');

    await page.getByLabel('Name').fill(owner.name);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Log in' }).click());
    expect(path()).toBe('/login');
    expect(await mainText()).toMatch(/wrong|incorrect|invalid|did not match|does not match/i);

    await page.getByLabel('Name').fill(owner.name);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Log in' }).click());
    expect(path()).toBe('/settings');
  });

  it('at episode 10, the episode 11 and 12 items are hidden cards with their reasons, and leak nothing', async () => {
    await saveProgress(10);
    const feed = await open('/');
    const reason11 = 'reveals My Liberation Notes ep. 11; you are at ep. 10';
    const reason12 = 'reveals My Liberation Notes ep. 12; you are at ep. 10';
    expect(await hiddenCard(reason11).count()).toBe(1);
    expect(await hiddenCard(reason12).count()).toBe(1);
    await expect(hiddenCard(reason11).getByRole('button', { name: 'Reveal this item' }).isVisible()).resolves.toBe(
      true,
    );
    // What episode 10 allows is shown, with its links.
    expect(await itemLink(titles.episode10).isVisible()).toBe(true);
    expect(await itemLink(titles.premiere).isVisible()).toBe(true);
    await expectNoLeak(page, feed, [...secretsOf11, ...secretsOf12]);
    itemIds.episode11 = await hiddenCardId(reason11);
    itemIds.episode12 = await hiddenCardId(reason12);

    const hiddenPage = await open(`/items/${itemIds.episode11}`);
    expect(await page.title()).toBe('Hidden item · haebang');
    expect(await h1Text()).toBe('Hidden item');
    expect(await mainText()).toContain(reason11);
    await expectNoLeak(page, hiddenPage, secretsOf11);

    for (const where of [show, `${show}/episodes/11`, '/people/son-suk-ku', '/search?q=episode+11', '/search?q=Mr.+Gu'])
      await expectNoLeak(page, await open(where), [...secretsOf11, ...secretsOf12]);

    // Not even counted: only the hidden items spell him "Son Suk-ku" (the shown ones say "Son Seok Koo" and 손석구),
    // so the person page's spellings must not list that spelling yet.
    await open('/people/son-suk-ku');
    const spellings = await page
      .locator('section', { has: page.getByRole('heading', { name: 'Spellings seen' }) })
      .getByRole('listitem')
      .allTextContents();
    expect(spellings.join(' | ')).toContain('Son Seok Koo');
    expect(
      spellings.filter((s) => s.includes('Son Suk-ku')),
      'spellings counted from hidden items',
    ).toEqual([]);
  });

  it('revealing the episode 11 item shows it, with a way to hide it again', async () => {
    await open('/');
    const card = hiddenCard('reveals My Liberation Notes ep. 11; you are at ep. 10');
    await andWaitForPage(page, () => card.getByRole('button', { name: 'Reveal this item' }).click());
    await andWaitForPage(page, () => itemLink(titles.episode11).click());
    expect(path()).toBe(`/items/${itemIds.episode11}`);
    expect(await h1Text()).toBe(titles.episode11);
    expect(await page.title()).toBe(`${titles.episode11} · haebang`);
    expect(await page.getByRole('button', { name: 'Hide again' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: 'Mr. Gu alone at the table in episode 11' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Why this is shown' }).isVisible()).toBe(true);
    // The episode 12 item stays hidden: a reveal is for one item alone.
    await open('/');
    expect(await hiddenCard('reveals My Liberation Notes ep. 12; you are at ep. 10').count()).toBe(1);
  });

  it('moving progress past episode 12 shows the episode 12 item without a reveal', async () => {
    await saveProgress(12);
    const feed = await open('/');
    expect(await page.locator('article.hidden-card').count()).toBe(0);
    expect(feed).toContain(titles.episode12);
    await andWaitForPage(page, () => itemLink(titles.episode12).click());
    expect(await h1Text()).toBe(titles.episode12);
    expect(await page.getByRole('button', { name: 'Hide again' }).count()).toBe(0);
    // A shown item has its link preview (the tags the leak check looks at for hidden ones).
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(titles.episode12);
  });

  it.each(['Son Suk Ku', '손석구'])('searching "%s" finds Son Suk-ku and his page', async (query) => {
    await open('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await andWaitForPage(page, () => page.getByRole('searchbox', { name: 'Search' }).press('Enter'));
    expect(path()).toBe('/search');
    const people = page.locator('section', { has: page.getByRole('heading', { name: 'People' }) });
    await andWaitForPage(page, () =>
      people
        .getByRole('link', { name: /Son Suk-ku/ })
        .first()
        .click(),
    );
    expect(path()).toBe('/people/son-suk-ku');
    const heading = await h1Text();
    expect(heading).toContain('Son Suk-ku');
    expect(heading).toContain('손석구');
    // The spellings the fixture items used.
    const spellings = page.locator('section', { has: page.getByRole('heading', { name: 'Spellings seen' }) });
    expect(await spellings.textContent()).toContain('Son Seok Koo');
    expect(await mainText()).toContain('My Liberation Notes');
  });

  it('on a phone-sized screen (375×812) the main pages do not scroll sideways and the nav works', async () => {
    await page.setViewportSize(phone);
    try {
      for (const where of mainPages()) {
        await open(where);
        const { scrollWidth, clientWidth, wider } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // The elements that stick out, to say what to fix.
          const wider = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > width)
            .slice(0, 5)
            .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">${(e.textContent ?? '').slice(0, 40)}`);
          return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wider };
        });
        expect(
          scrollWidth,
          `${where} is ${scrollWidth}px wide on a ${clientWidth}px screen: ${wider.join(', ')}`,
        ).toBeLessThanOrEqual(clientWidth);
      }
      await open('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Feed', 'Shows', 'Settings']) {
        const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
        expect(box, `nav link ${name}`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
      }
      expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(true);
      await andWaitForPage(page, () => nav.getByRole('link', { name: 'Shows', exact: true }).click());
      expect(path()).toBe('/shows');
      await andWaitForPage(page, () => nav.getByRole('link', { name: 'Settings', exact: true }).click());
      expect(path()).toBe('/settings');
    } finally {
      await page.setViewportSize(desktop);
    }
  });

  it('with the keyboard alone: Tab reaches the skip link, the search box and the progress form, Enter and Space submit', async () => {
    await open(show);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Skip to content');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    // The jump to the fragment is a same-document navigation the page reports a moment later on a busy machine.
    await expect.poll(() => new URL(page.url()).hash).toBe('#content');

    await open(show);
    const seen = await tabUntil('input:watchedThrough');
    expect(seen[0]).toBe('a:Skip to content');
    expect(seen).toContain('input:q');
    expect(seen.indexOf('input:q')).toBeLessThan(seen.indexOf('input:watchedThrough'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('13');
    await andWaitForPage(page, () => page.keyboard.press('Enter'));
    expect(await page.getByLabel('Watched through episode').inputValue()).toBe('13');

    await tabUntil('input:watchedThrough');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('14');
    await tabUntil('button:Save progress');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await andWaitForPage(page, () => page.keyboard.press('Space'));
    expect(await page.getByLabel('Watched through episode').inputValue()).toBe('14');
  });

  it('saves screenshots of the main pages, desktop and phone size', async () => {
    // Back at episode 11: the episode 12 item is hidden again, so the feed has a hidden card and a hidden item page.
    await saveProgress(11);
    const pages: Array<[string, string]> = [
      ['feed', '/'],
      ['shows', '/shows'],
      ['show', show],
      ['episode', `${show}/episodes/11`],
      ['person', '/people/son-suk-ku'],
      ['item', `/items/${itemIds.episode11}`],
      ['hidden-item', `/items/${itemIds.episode12}`],
      ['search', '/search?q=%EC%86%90%EC%84%9D%EA%B5%AC'],
      ['settings', '/settings'],
    ];
    for (const size of [desktop, phone]) {
      await page.setViewportSize(size);
      for (const [name, where] of pages) {
        await open(where);
        await saveScreenshot(page, name);
      }
    }
    await page.setViewportSize(desktop);
    await open(`/items/${itemIds.episode12}`);
    expect(await page.title()).toBe('Hidden item · haebang');
  });
});
