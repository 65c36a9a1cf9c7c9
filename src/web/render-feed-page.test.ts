import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { ShowSummary } from '../reader/reader-schemas.js';
import { feedHref, renderFeedPage } from './render-feed-page.js';
import { hiddenCard, shownItem } from './view-fixtures.js';

const summary = (id: string, title: string, watchedThrough: number | null): ShowSummary => ({
  id,
  title,
  hangul: '',
  aliases: [],
  network: { id: 'jtbc', name: 'JTBC' },
  episodeCount: 16,
  firstAirDate: null,
  lastAirDate: null,
  watchedThrough,
});
const shows = [summary('my-mister', 'My Mister', null), summary('my-liberation-notes', 'My Liberation Notes', 10)];

async function render(overrides: Partial<Parameters<typeof renderFeedPage>[0]> = {}) {
  return (
    await renderFeedPage({
      page: { entries: [shownItem(), hiddenCard()], nextCursor: null },
      query: {},
      shows,
      person: null,
      csrfToken: 'tok',
      here: '/',
      t: translator('en'),
      ...overrides,
    })
  ).toString();
}

describe('feedHref', () => {
  it.each([
    [{}, '/'],
    [{ show: 'my-mister' }, '/?show=my-mister'],
    [{ kind: 'recap' as const, cursor: 'abc=' }, '/?kind=recap&cursor=abc%3D'],
    [{ person: 'a&b', limit: 5 }, '/?person=a%26b'],
  ])('%j → %s', (query, expected) => {
    expect(feedHref(query)).toBe(expected);
  });
});

describe('renderFeedPage', () => {
  it('groups followed shows first in the Show filter and keeps the selected filters', async () => {
    const html = await render({ query: { show: 'my-mister', kind: 'bts' } });
    expect(html).toMatch(
      /<optgroup label="Following"><option value="my-liberation-notes">My Liberation Notes<\/option><\/optgroup><optgroup label="Other shows"><option value="my-mister" selected>/,
    );
    expect(html).toContain('<option value="bts" selected>Behind the scenes</option>');
    expect(html).not.toContain('filter-person');
  });

  it('has a Person filter only when filtering by a person', async () => {
    const html = await render({ query: { person: 'son-suk-ku' }, person: { id: 'son-suk-ku', name: 'Son Suk-ku' } });
    expect(html).toContain('<label for="filter-person">Person</label>');
    expect(html).toContain('<option value="son-suk-ku" selected>Son Suk-ku</option>');
  });

  it('links to older items with the same filters, and back to the newest', async () => {
    const html = await render({ query: { show: 'my-mister', cursor: 'c1' }, page: { entries: [], nextCursor: 'c2' } });
    expect(html).toContain('<a href="/?show=my-mister&amp;cursor=c2" rel="next">Older items</a>');
    expect(html).toContain('<a href="/?show=my-mister">Newest items</a>');
    expect(html).toContain('No items match these filters.');
  });

  it('renders shown items and hidden cards whose reveal comes back here', async () => {
    const html = await render({ here: '/?kind=recap' });
    expect(html).toContain('<article class="item unread"');
    expect(html).toContain('<article class="hidden-card"');
    expect(html).toContain('name="back" value="/?kind=recap"');
    expect(html).not.toContain('Older items');
  });
});
