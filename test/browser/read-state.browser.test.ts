import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from './expect-no-leak.js';
import { type Browser, browserAvailable } from './launch-browser.js';
import { andWaitForPage, openPath } from './navigate.js';
import { shootDesktopAndPhone } from './save-screenshot.js';
import { startOwnerSession } from './start-owner-session.js';
import type { TestServer } from './start-test-server.js';

// Read state and stars of two readers, the Saved page, and the safe feed made on the settings page and fetched over
// HTTP as a feed reader would, parsed by feedsmith: in Debian's Chromium against the real server. In order, one
// browser session; the two readers take turns logging in.

const owner = { name: 'jeong', password: 'sanpo-line-at-dawn' };
const member = { name: 'kiho', password: 'another-long-secret' };
const show = '/shows/my-liberation-notes';
const reason11 = 'reveals My Liberation Notes ep. 11; you are at ep. 10';
/** Of the hidden episode 11 and 12 items: titles, phrases of their text, image host, links. */
const secrets = [
  'Why episode 11 of My Liberation Notes belongs to Mr. Gu',
  'turns its whole attention',
  'Mr. Gu alone at the table',
  'img.example.test',
  'episode-11-mr-gu',
  'On set: how the crew lit episode 12 of My Liberation Notes',
  'preparing the night scenes',
  'episode-12-behind-the-scenes',
];

let server: TestServer;
let browser: Browser;
let page: Page;
const open = (path: string) => openPath(page, server.origin, path);
const click = (name: string | RegExp, within = page.locator('main')) =>
  andWaitForPage(page, () =>
    within
      .getByRole('button', { name, exact: typeof name === 'string' })
      .first()
      .click(),
  );

async function logInAs(who: { name: string; password: string }): Promise<void> {
  if (await page.getByRole('button', { name: 'Log out' }).count())
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Log out' }).click());
  await open('/login');
  await page.getByLabel('Name').fill(who.name);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await andWaitForPage(page, () => page.getByRole('button', { name: 'Log in' }).click());
}

/** The feed's unread count in the page title ("(3) Feed · haebang"), and the shown unread entries on the page. */
async function unreadOnFeed(): Promise<{ title: number; shown: number; heading: string }> {
  await open('/');
  const title = await page.title();
  return {
    title: Number(/^\((\d+)\) /.exec(title)?.[1] ?? 0),
    shown: await page.locator('main article.item.unread').count(),
    heading: ((await page.locator('.unread-count').textContent()) ?? '').trim(),
  };
}

const shootBoth = (name: string) => shootDesktopAndPhone(page, name);

describe.runIf(browserAvailable)('read state, Saved and the safe feed in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startOwnerSession(owner, { showPath: show, watchedThrough: 10 }));
    await open('/settings');
    await page.getByLabel('Member name').fill(member.name);
    await page.getByLabel('Member password').fill(member.password);
    await andWaitForPage(page, () => page.getByRole('button', { name: 'Add user' }).click());
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('each reader has their own reads and stars, unread counts and page title', async () => {
    const start = await unreadOnFeed();
    expect(start.shown).toBeGreaterThanOrEqual(2);
    // The count is of shown items only: hidden cards are never counted.
    expect(start.title).toBe(start.shown);
    expect(start.heading).toBe(`${start.shown} unread`);
    expect(await page.locator('main article.hidden-card').count()).toBe(2);

    const first = page.locator('main article.item.unread').first();
    const firstId = (await first.getAttribute('id'))!;
    await click('Mark read', first);
    await click('Save for later', page.locator(`[id="${firstId}"]`));
    await click('Save for later', page.locator('main article.hidden-card', { hasText: reason11 }));
    const afterOwner = await unreadOnFeed();
    expect(afterOwner.title).toBe(start.shown - 1);
    expect(afterOwner.shown).toBe(start.shown - 1);
    expect(await page.locator(`[id="${firstId}"]`).getAttribute('class')).toMatch(/\bread\b/);
    await shootBoth('read-state-owner');

    await logInAs(member);
    const other = await unreadOnFeed();
    expect(other.shown, 'the member has shown items').toBeGreaterThan(0);
    expect(other.title).toBe(other.shown);
    // Nothing the owner did shows: no read item, no saved one.
    expect(await page.locator('main article.item.read').count()).toBe(0);
    expect(await page.locator('main button[aria-pressed="true"]').count()).toBe(0);
    await open('/saved');
    expect(await page.locator('main [data-item]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('Nothing saved yet');
    await unreadOnFeed();
    await click('Mark read', page.locator('main article.item.unread').first());
    const memberAfter = await unreadOnFeed();
    expect(memberAfter.title).toBe(other.shown - 1);
    await shootBoth('read-state-member');

    // The member's read mark changed nothing for the owner.
    await logInAs(owner);
    expect(await unreadOnFeed()).toEqual(afterOwner);
  });

  it('the Saved page lists what the reader saved, a hidden item as its hidden card, and unsaves', async () => {
    const served = await open('/saved');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Saved');
    expect(await page.locator('main article.item').count()).toBe(1);
    const card = page.locator('main article.hidden-card');
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain(reason11);
    await expectNoLeak(page, served, secrets);
    await shootBoth('saved');
    await click('Saved', page.locator('main article.item'));
    expect(new URL(page.url()).pathname).toBe('/saved');
    expect(await page.locator('main article.item').count()).toBe(0);
    expect(await page.locator('main article.hidden-card').count()).toBe(1);
  });

  it('the safe feed: made on Settings, fetched over HTTP, parsed by feedsmith, nothing of a hidden item in it', async () => {
    await open('/settings');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Your safe feed' }) });
    await section.getByLabel('List them as “hidden: reveals ep. N”, with no text').check();
    await click('Make my feed addresses', section);
    const atomUrl = await page.getByLabel('Atom feed').inputValue();
    const jsonUrl = await page.getByLabel('JSON Feed').inputValue();
    expect(atomUrl).toMatch(new RegExp(`^${server.origin}/feeds/[A-Za-z0-9_-]+/atom$`));
    await page.locator('#feed-token-heading').scrollIntoViewIfNeeded();
    await shootBoth('safe-feed-settings');

    const fetchText = async (url: string) => {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      return res.text();
    };
    const noSecrets = (text: string, where: string) => {
      for (const secret of secrets)
        expect(text.toLowerCase(), `${where} has "${secret}"`).not.toContain(secret.toLowerCase());
    };
    const atomText = await fetchText(atomUrl);
    noSecrets(atomText, 'Atom');
    const atom = parseAtomFeed(atomText);
    const atomTitles = (atom.entries ?? []).map((e) => (typeof e.title === 'string' ? e.title : e.title?.value) ?? '');
    expect(atomTitles).toContain(`hidden: ${reason11}`);
    expect(atomTitles.filter((t) => t.startsWith('hidden: '))).toHaveLength(2);
    expect(atomTitles).toContain('My Liberation Notes episode 10 and the long ride home');
    const jsonText = await fetchText(jsonUrl);
    noSecrets(jsonText, 'JSON Feed');
    const items = parseJsonFeed(JSON.parse(jsonText)).items ?? [];
    const hidden = items.filter((i) => i.title?.startsWith('hidden: '));
    expect(hidden).toHaveLength(2);
    for (const item of hidden) {
      expect(item.content_text ?? '').toBe('');
      expect(item.url).toBe(`${server.origin}/`);
    }
    expect(items.length).toBe(atomTitles.length);

    // Left out instead: the same URL, only what is shown.
    await open('/settings');
    await section.getByLabel('Leave them out').check();
    await click('Save', section);
    expect(await page.getByRole('status').first().textContent()).toContain('Feed setting saved.');
    const omitted = parseJsonFeed(JSON.parse(await fetchText(jsonUrl))).items ?? [];
    expect(omitted.map((i) => i.title)).toEqual(
      items.filter((i) => !i.title?.startsWith('hidden: ')).map((i) => i.title),
    );
    const omittedAtom = await fetchText(atomUrl);
    noSecrets(omittedAtom, 'Atom (hidden left out)');
    expect(omittedAtom).not.toContain('hidden: ');

    await click('Turn the feed off', section);
    expect((await fetch(atomUrl)).status).toBe(404);
    expect((await fetch(jsonUrl)).status).toBe(404);
  });
});
