import fc from 'fast-check';
import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { HiddenCardView } from '../reader/reader-schemas.js';
import { renderEntries, renderEntry } from './render-entry.js';
import { hiddenCard, shownItem } from './view-fixtures.js';

const t = translator('en');
const ctx = { csrfToken: 'tok-123', back: '/?show=my-liberation-notes', t };
const render = async (...args: Parameters<typeof renderEntry>) => (await renderEntry(...args)).toString();

describe('renderEntry', () => {
  it('renders a shown item with its title link, meta, snippet, image and tags', async () => {
    const out = await render(shownItem(), ctx);
    expect(out).toContain(
      '<article class="item unread" id="item-a1b2c3d4e5f6a7b8c9d0e1f2" data-item="a1b2c3d4e5f6a7b8c9d0e1f2">',
    );
    expect(out).toContain('<a href="/items/a1b2c3d4e5f6a7b8c9d0e1f2">Rooftop talk');
    expect(out).toContain('Example Drama News');
    expect(out).toContain('<time datetime="2022-04-20T03:00:00.000Z">20 Apr 2022</time>');
    expect(out).toContain('<span class="kind">News</span>');
    expect(out).toContain(
      '<figure class="thumb"><img src="https://img.example.com/liberation-cast.jpg" alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption><small class="credit">Example Drama News</small></figcaption></figure>',
    );
    expect(out).toContain('<a class="show" href="/shows/my-liberation-notes">My Liberation Notes</a>');
    expect(out).toContain('<a class="person" href="/people/son-suk-ku">Son Suk-ku</a>');
    expect(out).not.toContain('revealed-marker');
    expect(out).toMatch(/<h2 class="item-title">/);
  });

  it('marks a revealed item and honours the heading level', async () => {
    const out = await render(shownItem({ revealed: true }), { ...ctx, headingLevel: 3 });
    expect(out).toContain('class="revealed-marker"');
    expect(out).toMatch(/<h3 class="item-title">/);
  });

  it('renders a hidden card with the reasons and a reveal form carrying the CSRF token and the way back', async () => {
    const out = await render(hiddenCard(), ctx);
    expect(out).toContain(
      '<article class="hidden-card" id="item-f0e1d2c3b4a5968778695a4b" data-item="f0e1d2c3b4a5968778695a4b" data-hidden="true">',
    );
    expect(out).toContain('reveals My Liberation Notes ep. 11; you are at ep. 10');
    expect(out).toContain(
      '<a class="progress-link" href="/shows/my-liberation-notes#progress">update your progress</a>',
    );
    expect(out).toContain('action="/items/f0e1d2c3b4a5968778695a4b/reveal"');
    expect(out).toContain('name="_csrf" value="tok-123"');
    expect(out).toContain('name="back" value="/?show=my-liberation-notes"');
    expect(out).toContain('Reveal this item</button>');
  });

  it.each([
    ['a script in the title', { title: '<script>alert(1)</script>' }, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['quotes in the image URL', { imageUrl: 'https://x.example/a.jpg?"onerror="alert(1)' }, 'a.jpg?%22onerror=%22'],
    ['markup in the snippet', { snippet: '<img src=x onerror=alert(1)>' }, '&lt;img src=x onerror=alert(1)&gt;'],
    [
      'quotes in a show name',
      { shows: [{ kind: 'show', id: 's"x', name: '"><b>', hangul: null }] },
      '&quot;&gt;&lt;b&gt;',
    ],
  ] as const)('escapes %s', async (_label, overrides, expected) => {
    const out = await render(shownItem(overrides as never), ctx);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/<script|<img src=x|<b>|"onerror=/);
  });

  it('leaves out a javascript: image or link', async () => {
    const out = await render(shownItem({ imageUrl: 'javascript:alert(1)' }), ctx);
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('<img');
  });

  it('never puts anything of the item into its hidden card, even when the card object carries the item', async () => {
    const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzKDRM<>"&\' 나의해방일지'.split(''));
    const text = fc.string({ unit, minLength: 8, maxLength: 60 }).filter((s) => s.trim().length >= 8);
    await fc.assert(
      fc.asyncProperty(text, text, fc.webUrl(), fc.webUrl(), async (title, snippet, url, imageUrl) => {
        const item = shownItem({ title, snippet, url, imageUrl });
        const card = hiddenCard({ id: item.id, publishedAt: item.publishedAt });
        // A service that spread the item into its card by mistake must still leak nothing through the renderer.
        const leaky = { ...item, ...card } as unknown as HiddenCardView;
        const hidden = await render(leaky, ctx);
        expect(await render(item, ctx)).toContain((await html`${title}`).toString());
        for (const secret of [title, snippet, url, imageUrl]) {
          expect(hidden).not.toContain(secret);
          expect(hidden).not.toContain((await html`${secret}`).toString());
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderEntries', () => {
  it('says so when there is nothing', async () => {
    expect((await renderEntries([], ctx, 'No items yet.')).toString()).toBe('<p class="muted">No items yet.</p>');
  });
});

describe('the picture of a shown item', () => {
  it.each([
    ['an http picture', 'http://img.example.com/a.jpg'],
    ['a script URL', 'javascript:alert(1)'],
    ['a tracker', 'https://pixel.example.com/p.gif'],
  ])('is left out when it is %s', (_name, imageUrl) => {
    const out = String(renderEntry(shownItem({ imageUrl }), { csrfToken: null, t }));
    expect(out).not.toMatch(/<img|<figure|Example Drama News<\/small>/);
  });
});
