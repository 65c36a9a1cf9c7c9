import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Asserts that nothing of a hidden item is on the page: not in the HTML the server sent (`served`), not in the
 * document as it stands, not in `<title>`, not in link-preview or description meta tags, not in any alt, title or
 * aria-label attribute. `secrets` are texts of the item (its title, a phrase of its text, its image URL, its link).
 */
export async function expectNoLeak(page: Page, served: string, secrets: string[]): Promise<void> {
  const where = page.url();
  const documentHtml = await page.content();
  const title = await page.title();
  const metas = await page
    .locator('meta[property^="og:"], meta[name^="twitter:"], meta[name="description"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('content') ?? ''));
  const attributes = await page
    .locator('[alt], [title], [aria-label]')
    .evaluateAll((nodes) =>
      nodes.flatMap((n) => ['alt', 'title', 'aria-label'].map((a) => n.getAttribute(a) ?? '')).filter(Boolean),
    );
  for (const secret of secrets) {
    const lower = secret.toLowerCase();
    for (const [name, text] of [
      ['served HTML', served],
      ['document', documentHtml],
    ] as const) {
      const found = text.toLowerCase();
      expect(found.includes(lower) || found.includes(escapeHtml(lower)), `${name} of ${where} has "${secret}"`).toBe(
        false,
      );
    }
    expect(title.toLowerCase(), `<title> of ${where}`).not.toContain(lower);
    for (const content of metas) expect(content.toLowerCase(), `a meta tag of ${where}`).not.toContain(lower);
    for (const value of attributes) expect(value.toLowerCase(), `an attribute of ${where}`).not.toContain(lower);
  }
}
