import { z } from 'zod';
import { catalogSchema } from '../../catalog/catalog-schema.js';
import {
  episodePageSchema,
  feedPageSchema,
  feedQuerySchema,
  itemPageSchema,
  personPageSchema,
  searchQuerySchema,
  searchResultSchema,
  showListSchema,
  showPageSchema,
} from '../../reader/reader-schemas.js';
import { itemIdParamSchema, showIdParamSchema } from '../auth/auth-schemas.js';
import type { ApiRouteSpec } from './api-route.js';
import {
  catalogReportSchema,
  demoRemovedSchema,
  episodeParamSchema,
  feedBodySchema,
  feedIdParamSchema,
  feedListSchema,
  feedRemovedSchema,
  feedViewSchema,
  personIdParamSchema,
} from './api-schemas.js';

const gated =
  'Every item passes the spoiler gate: one that reveals more than the reader has watched comes back as a hidden card ' +
  '(`hidden: true`) with the reasons and nothing of its title, text, link or image.';

/** The reader's routes (below /api): what the pages show, gated per user. `readerApi` mounts exactly these. */
export const readerRoutes = {
  feed: {
    method: 'get',
    path: '/feed',
    tag: 'reader',
    summary: 'The feed, newest first, filtered by show, person, kind or media',
    description: `${gated} Filtered by a person, kind or media, only items the reader may see are listed (a hidden item never matches); filtered by a show, hidden cards whose reasons name it too. Pass \`nextCursor\` (an item of this page) as \`cursor\` for the next page.`,
    access: 'user',
    query: feedQuerySchema,
    status: 200,
    response: feedPageSchema,
    errors: ['not-found'],
  },
  item: {
    method: 'get',
    path: '/items/:itemId',
    tag: 'reader',
    summary: 'One item: its content with linked mentions, captions, related items, and why it is shown',
    description: `${gated} Reveal it with POST /api/reveals/{itemId}.`,
    access: 'user',
    params: itemIdParamSchema,
    status: 200,
    response: itemPageSchema,
    errors: ['not-found'],
  },
  shows: {
    method: 'get',
    path: '/shows',
    tag: 'reader',
    summary: 'Every show in the catalog, with the reader’s progress',
    access: 'user',
    status: 200,
    response: showListSchema,
  },
  show: {
    method: 'get',
    path: '/shows/:showId',
    tag: 'reader',
    summary: 'A show: titles, network, cast, episodes (ratings past the reader’s progress hidden), buzz, items',
    description: gated,
    access: 'user',
    params: showIdParamSchema,
    status: 200,
    response: showPageSchema,
    errors: ['not-found'],
  },
  episode: {
    method: 'get',
    path: '/shows/:showId/episodes/:episode',
    tag: 'reader',
    summary: 'An episode: its air date, rating, and the articles and videos about it',
    description: gated,
    access: 'user',
    params: episodeParamSchema,
    status: 200,
    response: episodePageSchema,
    errors: ['not-found'],
  },
  person: {
    method: 'get',
    path: '/people/:personId',
    tag: 'reader',
    summary: 'A person: the spellings seen in items, their roles, and the items shown to the reader',
    access: 'user',
    params: personIdParamSchema,
    status: 200,
    response: personPageSchema,
    errors: ['not-found'],
  },
  search: {
    method: 'get',
    path: '/search',
    tag: 'reader',
    summary: 'Shows, people, characters and items by any spelling or Hangul',
    description: 'Hidden items are neither listed nor counted.',
    access: 'user',
    query: searchQuerySchema,
    status: 200,
    response: searchResultSchema,
  },
} satisfies Record<string, ApiRouteSpec>;

/** The owner's routes for sources and the catalog. */
export const sourcesRoutes = {
  listFeeds: {
    method: 'get',
    path: '/feeds',
    tag: 'sources',
    summary: 'The feeds followed, with their item counts, fetch times and last error',
    access: 'owner',
    status: 200,
    response: feedListSchema,
  },
  addFeed: {
    method: 'post',
    path: '/feeds',
    tag: 'sources',
    summary: 'Follow a feed (RSS, Atom, JSON Feed, a YouTube channel feed, or a page that announces one)',
    description: 'The URL is fetched and must answer with a readable feed; its items arrive with the next ingest pass.',
    access: 'owner',
    body: feedBodySchema,
    status: 201,
    response: feedViewSchema,
    errors: [
      'feed.exists',
      'feed.malformed',
      'fetch.refused',
      'fetch.failed',
      'fetch.timeout',
      'fetch.too-large',
      'fetch.http-status',
    ],
  },
  removeFeed: {
    method: 'delete',
    path: '/feeds/:feedId',
    tag: 'sources',
    summary: 'Stop following a feed; its items go with it',
    access: 'owner',
    params: feedIdParamSchema,
    status: 200,
    response: feedRemovedSchema,
    errors: ['not-found'],
  },
  removeDemo: {
    method: 'delete',
    path: '/demo',
    tag: 'sources',
    summary: 'Remove the demo items that a first `npm start` loads',
    description: 'They do not come back at the next start; `haebang demo load` loads them again.',
    access: 'owner',
    status: 200,
    response: demoRemovedSchema,
  },
  importCatalog: {
    method: 'post',
    path: '/catalog',
    tag: 'sources',
    summary: 'Import a catalog file (the format of `haebang catalog import`)',
    description:
      'On any problem the answer is 400 `catalog.invalid` with every problem and its JSON path in `details`, and ' +
      'nothing is imported. Otherwise entries are added or updated and the stored items analysed again.',
    access: 'owner',
    body: catalogSchema,
    bodyReadByHandler: true,
    status: 200,
    response: catalogReportSchema,
    errors: ['catalog.invalid', 'input.empty', 'input.too-large'],
  },
} satisfies Record<string, ApiRouteSpec>;

/** GET /api/openapi.json: this document, for anyone. */
export const openApiRoute = {
  method: 'get',
  path: '/openapi.json',
  tag: 'meta',
  summary: 'This OpenAPI 3.1 document',
  access: 'public',
  status: 200,
  response: z.record(z.string(), z.unknown()),
} satisfies ApiRouteSpec;
