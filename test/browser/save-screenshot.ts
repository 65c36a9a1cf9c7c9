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
