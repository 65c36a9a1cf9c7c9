import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './launch-browser.js';
import { andWaitForPage, openPath } from './navigate.js';
import { desktop } from './save-screenshot.js';
import { startTestServer, type TestServer } from './start-test-server.js';

export interface OwnerSession {
  server: TestServer;
  browser: Browser;
  page: Page;
}

/**
 * Starts the test server and Chromium (the fixtures' images answered locally), makes the owner account on /setup and
 * saves the owner's progress on one show: the start the reading walks share.
 */
export async function startOwnerSession(
  owner: { name: string; password: string },
  progress: { showPath: string; watchedThrough: number },
): Promise<OwnerSession> {
  const [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await browser.context.route('https://img.example.test/**', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8"/>' }),
  );
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize(desktop);
  await openPath(page, server.origin, '/setup');
  await page.getByLabel('Name').fill(owner.name);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await andWaitForPage(page, () => page.getByRole('button', { name: 'Create account' }).click());
  await openPath(page, server.origin, progress.showPath);
  await page.getByLabel('Watched through episode').fill(String(progress.watchedThrough));
  await andWaitForPage(page, () => page.getByRole('button', { name: 'Save progress' }).click());
  return { server, browser, page };
}
