import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { uiFor } from '../i18n/ui.js';
import { renderKeyboard, shortcuts } from './render-key-help.js';
import { renderLayout } from './render-layout.js';
import { staticAssets } from './static-assets.js';

const user = { id: 1, name: 'min-ji', role: 'owner' as const, unfollowedPolicy: 'hide' as const };
const layout = async (loggedIn: boolean, locale: 'en' | 'ko' = 'en') =>
  (
    await renderLayout({
      title: 'Feed',
      user: loggedIn ? user : null,
      csrfToken: loggedIn ? 'tok' : null,
      body: html`<h1>Feed</h1>`,
      ui: uiFor(locale),
    })
  ).toString();

describe('the keyboard in the layout', () => {
  it('gives a logged-in reader the script as a file, and the help and the confirm as closed dialogs', async () => {
    const out = await layout(true);
    expect(out).toContain('<script type="module" src="/assets/keys.js"></script>');
    // No inline script (the CSP forbids them): every <script> has a src.
    expect(out.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc="\/assets\//.test(tag))).toBe(true);
    expect(out).toMatch(/<dialog id="key-help" class="kbd-help" aria-labelledby="key-help-heading">/);
    expect(out).toMatch(/<dialog id="reveal-confirm" class="reveal-confirm" aria-labelledby="reveal-confirm-heading">/);
    expect(out).not.toMatch(/<dialog[^>]* open/);
  });

  it('has none of it for a visitor who is not logged in', async () => {
    const out = await layout(false);
    expect(out).not.toContain('keys.js');
    expect(out).not.toContain('<dialog');
  });

  it.each([
    ['en', ['Next item', 'Mark read or unread', 'Reveal a hidden item (asks first)', '<kbd>g</kbd> then <kbd>f</kbd>']],
    ['ko', ['다음 글', '읽음 또는 안 읽음으로 표시', '<kbd>o</kbd> 또는 <kbd>Enter 키</kbd>', '숨긴 글을 공개할까요?']],
  ] as const)('lists every shortcut in %s', async (locale, expected) => {
    const out = (await renderKeyboard(uiFor(locale).t)).toString();
    expect(out.match(/<tr><td>/g)?.length).toBe(shortcuts.length);
    for (const text of expected) expect(out).toContain(text);
  });

  it.each(['keys.js', 'key-actions.js'])('serves /assets/%s as JavaScript', async (name) => {
    const res = await staticAssets().request(`/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toMatch(/export function|import \{ keyAction/);
  });
});
