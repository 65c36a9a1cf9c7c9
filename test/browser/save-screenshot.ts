import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the run leaves its screenshots (ignored by git): test/browser/screenshots/. */
export const screenshotDir = new URL('./screenshots/', import.meta.url).pathname;

/** Saves a full-page PNG of the page as it stands, named `<name>-<desktop|phone>.png` after the viewport. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const width = page.viewportSize()?.width ?? 1280;
  const path = join(screenshotDir, `${name}-${width < 600 ? 'phone' : 'desktop'}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const phone = { width: 375, height: 812 };
export const desktop = { width: 1280, height: 800 };

/** Screenshots at desktop and phone size, checking on the phone that the page does not scroll sideways. */
export async function shootDesktopAndPhone(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await page.setViewportSize(phone);
  try {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > phone.width) throw new Error(`${name} on a phone scrolls sideways (${scrollWidth} px wide)`);
    await saveScreenshot(page, name);
  } finally {
    await page.setViewportSize(desktop);
  }
}
