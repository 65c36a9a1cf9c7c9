import { raw } from 'hono/html';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { ShownItemView } from '../reader/reader-schemas.js';
import { cardParts } from './card-parts.js';
import { renderEntry } from './render-entry.js';
import { hiddenCard, shownItem } from './view-fixtures.js';

const t = translator('en');
const ctx = { csrfToken: 'tok-123', back: '/', t };
const render = async (item: Parameters<typeof renderEntry>[0], c: Parameters<typeof renderEntry>[1] = ctx) =>
  (await renderEntry(item, c)).toString();
let n = 0;
/** A view of an item no other test rendered (nothing kept for it yet). */
const fresh = (overrides: Partial<ShownItemView> = {}) => shownItem({ id: `card-${n++}`, ...overrides });

describe('kept card parts', () => {
  it('renders a card the same from its kept parts as the first time, without rendering them again', async () => {
    const item = fresh();
    const first = await render(item);
    const again = vi.fn(() => ({ head: raw('x'), body: raw('y') }));
    expect(cardParts({ ...item }, 2, t, again)).not.toBeNull();
    expect(again).not.toHaveBeenCalled();
    expect(await render({ ...item })).toBe(first);
    const level3 = await render(item, { ...ctx, headingLevel: 3 });
    expect(level3).toMatch(/<h3 class="item-title">/);
    expect(await render(item)).toBe(first);
  });

  it.each<[string, Partial<ShownItemView>, string]>([
    ['title', { title: 'A new title' }, 'A new title'],
    ['source', { sourceName: 'Other Source' }, 'Other Source'],
    ['date', { publishedAt: '2023-01-02T03:00:00.000Z' }, '2023-01-02T03:00:00.000Z'],
    ['kind', { kind: 'recap' }, '<span class="kind">Recap</span>'],
    ['medium', { mediaType: 'video' }, '<span>Video</span>'],
    ['image', { imageUrl: 'https://img.example.com/other.jpg' }, 'other.jpg'],
    ['credit', { imageCredit: 'Other Credit' }, 'Other Credit'],
    ['snippet', { snippet: 'Another snippet.' }, 'Another snippet.'],
    ['shows', { shows: [{ kind: 'show', id: 'other-show', name: 'Other Show', hangul: null }] }, 'Other Show'],
    ['people', { people: [{ kind: 'person', id: 'other-one', name: 'Other One', hangul: null }] }, 'Other One'],
  ])('renders the card again when its %s changes', async (_, change, expected) => {
    const item = fresh();
    expect(await render(item)).not.toContain(expected);
    expect(await render({ ...item, ...change })).toContain(expected);
  });

  it.each<[string, Partial<ShownItemView>, Partial<typeof ctx>, string]>([
    ['read mark', { read: true }, {}, '<article class="item read"'],
    ['revealed marker', { revealed: true }, {}, 'class="revealed-marker"'],
    [
      'unsure warning',
      { warnings: [{ showId: 's', showTitle: 'Some Show', throughEpisode: 9, watched: 2, text: '' }] },
      {},
      'class="unsure-warning"',
    ],
    ['CSRF token', {}, { csrfToken: 'other-token' }, 'value="other-token"'],
    ['way back', {}, { back: '/?kind=recap' }, 'value="/?kind=recap"'],
  ])('renders the reader’s own %s around the kept parts', async (_, change, ctxChange, expected) => {
    const item = fresh();
    expect(await render(item)).not.toContain(expected);
    expect(await render({ ...item, ...change }, { ...ctx, ...ctxChange })).toContain(expected);
  });

  it('keeps each language apart', async () => {
    const item = fresh();
    expect(await render(item)).toContain('<span class="kind">News</span>');
    const ko = await render(item, { ...ctx, t: translator('ko') });
    expect(ko).not.toContain('<span class="kind">News</span>');
    expect(await render(item)).toContain('<span class="kind">News</span>');
  });

  it('never puts a kept part on a hidden card of the same item (another reader whose gate hides it)', async () => {
    const item = fresh();
    const shown = await render(item);
    expect(shown).toContain(item.title);
    const hidden = await render(hiddenCard({ id: item.id }));
    for (const part of [item.title, item.snippet, 'thumb', 'Son Suk-ku', 'Example Drama News'])
      expect(hidden).not.toContain(part);
  });
});
