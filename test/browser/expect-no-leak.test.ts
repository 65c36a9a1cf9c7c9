import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from './expect-no-leak.js';
import { type Browser, browserAvailable, launchBrowser } from './launch-browser.js';

// The leak check itself must fail wherever a hidden item's text could hide in a page.
const secret = 'Why episode 11 belongs to "Mr. Gu" & co';
const clean = '<p>Hidden item</p><p>reveals My Liberation Notes ep. 11; you are at ep. 10</p>';
const escaped = 'Why episode 11 belongs to &quot;Mr. Gu&quot; &amp; co';

describe.runIf(browserAvailable)('expectNoLeak', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);
  afterAll(async () => browser?.close());

  const check = async (head: string, body: string) => {
    const served = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
    await page.setContent(served);
    return expectNoLeak(page, served, [secret]);
  };

  it('passes a page with nothing of the item', async () => {
    await expect(check('<title>Hidden item · haebang</title>', clean)).resolves.toBeUndefined();
  });

  it.each([
    ['the title', `<title>${escaped}</title>`, clean],
    ['an og:title', `<meta property="og:title" content="${escaped}">`, clean],
    ['an alt text', '', `${clean}<img alt="${escaped}" src="data:,">`],
    ['an aria-label', '', `<section aria-label="${escaped}">${clean}</section>`],
    ['a title attribute', '', `<span title="${escaped}">x</span>`],
    ['the text, in another letter case', '', `<p>${escaped.toUpperCase()}</p>`],
  ])('fails when the item is in %s', async (_where, head, body) => {
    await expect(check(head, body)).rejects.toThrow();
  });

  it('fails when only the served HTML had it (a script removed it from the document)', async () => {
    const served = `<!doctype html><html><body><p id="x">${escaped}</p><script>document.getElementById('x').remove()</script></body></html>`;
    await page.setContent(served);
    await expect(expectNoLeak(page, served, [secret])).rejects.toThrow(/served HTML/);
  });
});
