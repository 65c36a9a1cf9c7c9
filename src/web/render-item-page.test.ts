import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { ItemDetail } from '../reader/reader-schemas.js';
import { renderItemPage } from './render-item-page.js';
import { hiddenCard, shownItem } from './view-fixtures.js';

function detail(overrides: Partial<ItemDetail> = {}): ItemDetail {
  return {
    ...shownItem(),
    contentHtml:
      '<p>On the rooftop, <a class="mention" href="/people/son-suk-ku">Son Seok-gu</a> talks about the long commute.</p>',
    captions: [{ text: 'The cast on the rooftop set', credit: 'JTBC' }],
    mentions: [{ kind: 'person', id: 'son-suk-ku', name: 'Son Suk-ku', spellings: ['Son Seok-gu'] }],
    evidence: [
      {
        showId: 'my-liberation-notes',
        throughEpisode: 4,
        quotes: ['the first four episodes', 'the first four episodes'],
      },
    ],
    related: [hiddenCard()],
    ...overrides,
  };
}

const render = async (page: Parameters<typeof renderItemPage>[0]) => {
  const parts = renderItemPage(page, 'tok-1', translator('en'));
  return { ...parts, html: (await parts.body).toString() };
};

describe('renderItemPage', () => {
  it('renders a shown item: title, meta, content as HTML, captions, source link, why, related', async () => {
    const { title, html, preview } = await render(detail());
    expect(title).toBe(shownItem().title);
    expect(html).toContain(`<h1>${shownItem().title}</h1>`);
    expect(html).toContain('<span class="author">by Han Ye-seul</span>');
    expect(html).toContain('<a class="mention" href="/people/son-suk-ku">Son Seok-gu</a>');
    expect(html).toContain('The cast on the rooftop set <span class="credit">(Credit: JTBC)</span>');
    expect(html).toContain(
      '<a href="https://news.example.com/2022/04/liberation-notes-cast" rel="noopener noreferrer" target="_blank">Read it at Example Drama News</a>',
    );
    expect(html).toMatch(
      /My Liberation Notes<\/a>: reveals up to ep\. 4; you are at ep\. 10<blockquote>the first four episodes<\/blockquote>/,
    );
    expect(html.split('the first four episodes')).toHaveLength(2);
    // A caption the content already shows in its own figcaption is not listed a second time.
    const inContent = await render(
      detail({ contentHtml: '<figure><figcaption>The cast on the rooftop set | JTBC</figcaption></figure>' }),
    );
    expect(inContent.html).not.toContain('id="captions-heading"');
    expect(html).toMatch(/<h2 id="related-heading">Related<\/h2>[\s\S]*<h3 class="hidden-title">Hidden item<\/h3>/);
    expect(html).toContain(`name="back" value="/items/${shownItem().id}"`);
    expect(html).not.toContain('Hide again');
    expect(preview).toEqual({
      title: shownItem().title,
      description: shownItem().snippet,
      image: 'https://img.example.com/liberation-cast.jpg',
    });
  });

  it('gives a revealed item a "Hide again" button and no preview', async () => {
    const { html, preview } = await render(detail({ revealed: true }));
    expect(html).toMatch(
      /action="\/items\/a1b2c3d4e5f6a7b8c9d0e1f2\/hide">\s*<input type="hidden" name="_csrf" value="tok-1">/,
    );
    expect(html).toContain('Hide again</button>');
    expect(preview).toBeUndefined();
  });

  it('escapes everything but the sanitised content', async () => {
    const { html } = await render(
      detail({
        title: '<script>alert("t")</script>',
        author: '"><img src=x>',
        captions: [{ text: '<b>caption</b>', credit: '<i>credit</i>' }],
        evidence: [{ showId: 'my-liberation-notes', throughEpisode: 4, quotes: ['</blockquote><script>'] }],
        url: 'javascript:alert(1)',
      }),
    );
    expect(html).not.toMatch(/<script|<img src=x|<b>caption|<i>credit|javascript:/);
    expect(html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(html).not.toContain('Read it at');
  });

  it('links a video item to YouTube with its thumbnail, and an article has no such link', async () => {
    const video = await render(
      detail({
        mediaType: 'video',
        videoId: 'Ab_c-12345x',
        imageUrl: 'https://i.ytimg.com/vi/Ab_c-12345x/hqdefault.jpg',
      }),
    );
    expect(video.html).toContain(
      '<a href="https://www.youtube.com/watch?v=Ab_c-12345x" rel="noopener noreferrer" target="_blank"><img src="https://i.ytimg.com/vi/Ab_c-12345x/hqdefault.jpg"',
    );
    expect((await render(detail())).html).not.toContain('youtube.com');
  });

  it('says so when an item reveals no plot', async () => {
    expect((await render(detail({ horizons: [], evidence: [] }))).html).toContain(
      'It reveals nothing of any show’s plot.',
    );
  });

  it('renders a hidden item with its reasons and a reveal button, titled "Hidden item", without a preview', async () => {
    const { title, html, preview } = await render(hiddenCard());
    expect(title).toBe('Hidden item');
    expect(preview).toBeUndefined();
    expect(html).toContain('<h1>Hidden item</h1>');
    expect(html).toContain('reveals My Liberation Notes ep. 11; you are at ep. 10');
    expect(html).toContain('action="/items/f0e1d2c3b4a5968778695a4b/reveal"');
    expect(html).toContain('Reveal this item</button>');
  });
});
