import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens a path of the app and returns the HTML the server sent (after redirects); fails on an error status. */
export async function openPath(page: Page, origin: string, path: string): Promise<string> {
  const response = await page.goto(origin + path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response!.status(), `status of ${path} (now at ${page.url()})`).toBeLessThan(400);
  return response!.text();
}

/**
 * Does something that submits a form or follows a link (a click, a key press) and waits until the page it leads to
 * has loaded (after the 303 redirect of a post/redirect/get).
 */
export async function andWaitForPage(page: Page, act: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), act()]);
  await page.waitForLoadState('load');
}
