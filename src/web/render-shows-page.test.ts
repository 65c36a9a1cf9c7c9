import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { ShowSummary } from '../reader/reader-schemas.js';
import { renderSearchPage } from './render-search-page.js';
import { progressText, renderShowsPage } from './render-shows-page.js';
import { shownItem } from './view-fixtures.js';

const liberation: ShowSummary = {
  id: 'my-liberation-notes',
  title: 'My Liberation Notes',
  hangul: '나의 해방일지',
  aliases: ['My Liberation Diary'],
  network: { id: 'jtbc', name: 'JTBC' },
  episodeCount: 16,
  firstAirDate: '2022-04-09',
  lastAirDate: '2022-05-29',
  watchedThrough: 10,
};
const mister: ShowSummary = {
  ...liberation,
  id: 'my-mister',
  title: 'My Mister',
  hangul: '나의 아저씨',
  aliases: [],
  firstAirDate: '2018-03-21',
  lastAirDate: '2018-05-17',
  watchedThrough: null,
};

describe('progressText', () => {
  it.each([
    [10, 'Watched through ep. 10 of 16'],
    [0, 'Following, not started'],
    [null, 'Not following'],
  ])('%s → %s', (watchedThrough, expected) => {
    expect(progressText({ ...liberation, watchedThrough }, translator('en'))).toBe(expected);
  });
});

describe('renderShowsPage', () => {
  it('lists followed shows first, with Hangul, network, years and progress', async () => {
    const html = (await renderShowsPage([mister, liberation], {}, translator('en'))).toString();
    expect(html).toMatch(/Following<\/h2>[\s\S]*My Liberation Notes[\s\S]*Other shows<\/h2>[\s\S]*My Mister/);
    expect(html).toContain('<span lang="ko">나의 해방일지</span>');
    expect(html).toContain('<span>2022</span>');
    expect(html).toContain('<span class="progress">Watched through ep. 10 of 16</span>');
    expect(html).toContain('<span class="progress">Not following</span>');
  });

  it('invites the reader to follow a show when they follow none', async () => {
    const html = (await renderShowsPage([mister], {}, translator('en'))).toString();
    expect(html).toContain('All shows</h2>');
    expect(html).toContain('set how far you have watched');
  });
});

describe('renderSearchPage', () => {
  const base = {
    csrfToken: 't',
    t: translator('en'),
    showTitle: (id: string) => (id === 'my-liberation-notes' ? 'My Liberation Notes' : id),
  };

  it('has the four sections, escaped, with characters linked to their show', async () => {
    const html = (
      await renderSearchPage({
        ...base,
        query: '<구씨>',
        error: null,
        result: {
          query: '<구씨>',
          shows: [],
          people: [{ kind: 'person', id: 'son-suk-ku', name: 'Son Suk-ku', hangul: '손석구' }],
          characters: [
            {
              kind: 'character',
              id: 'my-liberation-notes/구씨',
              name: 'Mr. Gu',
              hangul: '구씨',
              showId: 'my-liberation-notes',
            },
          ],
          items: [shownItem()],
        },
      })
    ).toString();
    expect(html).toContain('<h1>Search: “&lt;구씨&gt;”</h1>');
    expect(html).toContain('No shows found.');
    expect(html).toContain('<a href="/people/son-suk-ku">Son Suk-ku <span lang="ko">(손석구)</span></a>');
    expect(html).toContain('<a href="/shows/my-liberation-notes">Mr. Gu <span lang="ko">(구씨)</span></a>');
    expect(html).toContain('in My Liberation Notes');
    expect(html).toMatch(
      /<h2 id="items-heading">Items<\/h2><div class="entries"><article class="item unread"[\s\S]*<h3 class="item-title">/,
    );
  });

  it('shows the problem with a refused query', async () => {
    const html = (await renderSearchPage({ ...base, query: '', result: null, error: 'too long' })).toString();
    expect(html).toContain('<p class="error" role="alert">too long</p>');
    expect(html).not.toContain('People</h2>');
  });
});
