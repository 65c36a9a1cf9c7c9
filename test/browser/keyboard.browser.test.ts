import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from './expect-no-leak.js';
import { type Browser, browserAvailable } from './launch-browser.js';
import { andWaitForPage, openPath } from './navigate.js';
import { shootDesktopAndPhone } from './save-screenshot.js';
import { startOwnerSession } from './start-owner-session.js';
import type { TestServer } from './start-test-server.js';

// Reading a whole feed page with the keyboard alone (/assets/keys.js), in Debian's Chromium against the real
// server: j/k, o and Enter, m, s, r with its confirm, ? and Esc, / and g f / g s. Every key is pressed on the page
// (no clicks); the focus must land where the reader acted. The tests run in order in one browser session.

const owner = { name: 'sora', password: 'village-bus-at-six' };
const show = '/shows/my-liberation-notes';
const reason11 = 'reveals My Liberation Notes ep. 11; you are at ep. 10';
/** Of the hidden episode 11 item: its title, text, image and link. */
const secretsOf11 = [
  'Why episode 11 of My Liberation Notes belongs to Mr. Gu',
  'turns its whole attention',
  'Mr. Gu alone at the table',
  'img.example.test',
  'episode-11-mr-gu',
];

let server: TestServer;
let browser: Browser;
let page: Page;
const open = (path: string) => openPath(page, server.origin, path);
const path = () => new URL(page.url()).pathname;
const press = (key: string) => page.keyboard.press(key);
const pressAndWait = (key: string) => andWaitForPage(page, () => page.keyboard.press(key));

/** The entry with the focus and the keys' mark (its element id), or what has the focus instead. */
const focusedEntry = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.matches('[data-item]')) return el.classList.contains('kbd-current') ? el.id : `${el.id} (not marked)`;
    return `${el.tagName.toLowerCase()}#${el.id}`;
  });
const entryIds = () => page.locator('main [data-item]').evaluateAll((nodes) => nodes.map((n) => n.id));
const entry = (id: string) => page.locator(`[id="${id}"]`);

const shootBoth = (name: string) => shootDesktopAndPhone(page, name);

describe.runIf(browserAvailable)('reading with the keyboard in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startOwnerSession(owner, { showPath: show, watchedThrough: 10 }));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('j and k walk the whole page, one entry at a time, and stop at its ends', async () => {
    await open('/');
    const ids = await entryIds();
    expect(ids.length, 'entries on the feed').toBeGreaterThanOrEqual(5);
    expect(await focusedEntry()).toBe('body');
    for (const id of ids) {
      await press('j');
      expect(await focusedEntry()).toBe(id);
    }
    await press('j');
    expect(await focusedEntry(), 'j at the last entry stays there').toBe(ids.at(-1));
    for (const id of [...ids].reverse().slice(1)) {
      await press('k');
      expect(await focusedEntry()).toBe(id);
    }
    await press('k');
    expect(await focusedEntry()).toBe(ids[0]);
    expect(await page.locator('.kbd-current').count()).toBe(1);
    await shootBoth('keyboard-feed');
  });

  it('m marks the item read and back, s saves it: the focus stays on the item, the counts follow', async () => {
    await open('/');
    const first = page.locator('main article.item').first();
    const id = (await first.getAttribute('id'))!;
    const ids = await entryIds();
    for (let n = 0; n <= ids.indexOf(id); n++) await press('j');
    expect(await focusedEntry()).toBe(id);
    expect(await first.getAttribute('class')).toContain('unread');
    const before = await page.title();
    const count = Number(/^\((\d+)\)/.exec(before)?.[1]);
    expect(count, `unread count in "${before}"`).toBeGreaterThan(0);

    await pressAndWait('m');
    expect(await entry(id).getAttribute('class')).toMatch(/\bread\b/);
    expect(await focusedEntry(), 'after m').toBe(id);
    expect(await page.title()).toBe(count > 1 ? `(${count - 1}) Feed · haebang` : 'Feed · haebang');
    await pressAndWait('m');
    expect(await entry(id).getAttribute('class')).toContain('unread');
    expect(await page.title()).toBe(before);

    await pressAndWait('s');
    expect(await entry(id).getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
    expect(await focusedEntry(), 'after s').toBe(id);
    // From here j goes on to the next entry, not back to the top.
    await press('j');
    expect(await focusedEntry()).toBe(ids[ids.indexOf(id) + 1]);
  });

  it('o and Enter open the current item; g f and g s go to the feed and the shows', async () => {
    await open('/');
    await press('j');
    const href = await page.locator('main [data-item]').first().locator('.item-title a').getAttribute('href');
    await pressAndWait('o');
    expect(path()).toBe(href);
    await press('g');
    await pressAndWait('f');
    expect(path()).toBe('/');
    await press('j');
    await pressAndWait('Enter');
    expect(path()).toBe(href);
    await press('g');
    await pressAndWait('s');
    expect(path()).toBe('/shows');
    // g then another key is no shortcut: s alone (star) needs an item, and nothing happens here.
    await press('g');
    await press('x');
    await press('s');
    expect(path()).toBe('/shows');
  });

  it('r asks first: Esc keeps the item hidden, Enter on the confirm reveals it, with the focus on it', async () => {
    let served = await open('/');
    const card = page.locator('article.hidden-card', { hasText: reason11 });
    const id = (await card.getAttribute('id'))!;
    const ids = await entryIds();
    for (let n = 0; n <= ids.indexOf(id); n++) await press('j');
    expect(await focusedEntry()).toBe(id);
    await press('m');
    expect(await page.locator('#reveal-confirm').isVisible(), 'm on a hidden card').toBe(false);

    await press('r');
    const confirm = page.getByRole('dialog', { name: 'Reveal this hidden item?' });
    expect(await confirm.isVisible()).toBe(true);
    expect(await confirm.textContent()).toContain(reason11);
    // Nothing of the item is on the page while the confirm is open.
    await expectNoLeak(page, served, secretsOf11);
    await shootBoth('keyboard-reveal-confirm');
    // Keys behind the confirm do nothing.
    for (const key of ['j', 'k', 's', 'm', 'r', '?', 'g']) await press(key);
    expect(await confirm.isVisible()).toBe(true);
    expect(await page.locator('#key-help').isVisible()).toBe(false);
    expect(path()).toBe('/');
    await press('Escape');
    expect(await confirm.isVisible()).toBe(false);
    expect(await focusedEntry(), 'back on the card after Esc').toBe(id);
    served = await page.content();
    await expectNoLeak(page, served, secretsOf11);

    await press('r');
    expect(await confirm.isVisible()).toBe(true);
    await pressAndWait('Enter');
    expect(path()).toBe('/');
    expect(await entry(id).getAttribute('class')).toContain('item');
    expect(await entry(id).locator('.item-title').textContent()).toContain(secretsOf11[0]);
    expect(await focusedEntry(), 'on the revealed item').toBe(id);
  });

  it('? opens the list of keys and Esc closes it; / goes to the search box, where keys are typing', async () => {
    await open('/');
    await press('j');
    const current = await focusedEntry();
    await press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.isVisible()).toBe(true);
    const text = (await help.textContent()) ?? '';
    for (const does of ['Next item', 'Previous item', 'Open the item', 'Mark read or unread', 'Go to the shows'])
      expect(text).toContain(does);
    await shootBoth('keyboard-help');
    await press('j');
    expect(await help.isVisible()).toBe(true);
    await press('Escape');
    expect(await help.isVisible()).toBe(false);
    expect(await focusedEntry()).toBe(current);

    await press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('jokes');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('jokes');
    expect(path()).toBe('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('손석구');
    await pressAndWait('Enter');
    expect(path()).toBe('/search');
  });

  it('keys with Ctrl, Alt or Meta held are the browser’s', async () => {
    await open('/');
    await press('j');
    const current = await focusedEntry();
    await press('Alt+j');
    await press('Alt+s');
    expect(await focusedEntry()).toBe(current);
    expect(path()).toBe('/');
  });
});
