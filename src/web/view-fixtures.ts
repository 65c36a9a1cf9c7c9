import type { HiddenCardView, ShownItemView } from '../reader/reader-schemas.js';

/** Test support: views as the reader services make them. The texts are our own writing. */
export function shownItem(overrides: Partial<ShownItemView> = {}): ShownItemView {
  return {
    id: 'a1b2c3d4e5f6a7b8c9d0e1f2',
    hidden: false,
    revealed: false,
    read: false,
    starred: false,
    title: 'Rooftop talk: the cast of My Liberation Notes on the slow pace of the first weeks',
    url: 'https://news.example.com/2022/04/liberation-notes-cast',
    sourceName: 'Example Drama News',
    author: 'Han Ye-seul',
    publishedAt: '2022-04-20T03:00:00.000Z',
    kind: 'news',
    mediaType: 'article',
    videoId: null,
    imageUrl: 'https://img.example.com/liberation-cast.jpg',
    imageCaption: 'The cast of My Liberation Notes',
    imageCredit: 'Example Drama News',
    snippet: 'The three siblings commute two hours a day, and the actors say the long train rides shaped their roles.',
    shows: [{ kind: 'show', id: 'my-liberation-notes', name: 'My Liberation Notes', hangul: '나의 해방일지' }],
    people: [{ kind: 'person', id: 'son-suk-ku', name: 'Son Suk-ku', hangul: '손석구' }],
    horizons: [
      {
        showId: 'my-liberation-notes',
        showTitle: 'My Liberation Notes',
        throughEpisode: 4,
        watched: 10,
        text: 'reveals up to ep. 4; you are at ep. 10',
      },
    ],
    ...overrides,
  };
}

export function hiddenCard(overrides: Partial<HiddenCardView> = {}): HiddenCardView {
  return {
    id: 'f0e1d2c3b4a5968778695a4b',
    hidden: true,
    publishedAt: '2022-05-23T01:00:00.000Z',
    starred: false,
    reasons: [
      {
        showId: 'my-liberation-notes',
        showTitle: 'My Liberation Notes',
        throughEpisode: 11,
        watched: 10,
        text: 'reveals My Liberation Notes ep. 11; you are at ep. 10',
      },
    ],
    ...overrides,
  };
}
