import { Hono } from 'hono';
import { readEpisode } from '../../reader/read-episode.js';
import { readFeed } from '../../reader/read-feed.js';
import { readItem } from '../../reader/read-item.js';
import { readPerson } from '../../reader/read-person.js';
import { listShows, readShow } from '../../reader/read-show.js';
import { loadReader, type ReaderDeps } from '../../reader/reader-deps.js';
import { searchEverything } from '../../reader/search-everything.js';
import type { AuthEnv, SessionUser } from '../auth/auth-env.js';
import { createAuthMiddleware } from '../auth/create-auth-middleware.js';
import { errorResponse } from '../error-response.js';
import { mountRoute } from './api-route.js';
import { mountFeedTokenRoutes } from './feed-token-routes.js';
import { mountItemStateRoutes } from './item-state-routes.js';
import { openApiDocument } from './openapi-document.js';
import { openApiRoute, readerRoutes } from './reader-routes.js';
import { sourcesApi } from './sources-api.js';

/**
 * The reader's JSON API, mounted at /api: the feed, items, shows, episodes, people and search (every item through
 * the spoiler gate of the logged-in user), the owner's sources and catalog, and the OpenAPI document. Routes,
 * validation and the document all come from the specs in reader-routes.ts.
 */
export function readerApi(deps: ReaderDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.onError((error, c) => errorResponse(error, c));
  app.use('*', createAuthMiddleware(deps));
  const reader = (user: SessionUser) => loadReader(deps.db, user);
  const r = readerRoutes;

  mountRoute(app, r.feed, async ({ user, query }) => readFeed(deps, await reader(user), query));
  mountRoute(app, r.item, async ({ user, params }) => readItem(deps, await reader(user), params.itemId));
  mountRoute(app, r.shows, async ({ user }) => ({ shows: await listShows(deps, await reader(user)) }));
  mountRoute(app, r.show, async ({ user, params }) => readShow(deps, await reader(user), params.showId));
  mountRoute(app, r.episode, async ({ user, params }) =>
    readEpisode(deps, await reader(user), params.showId, params.episode),
  );
  mountRoute(app, r.person, async ({ user, params }) => readPerson(deps, await reader(user), params.personId));
  mountRoute(app, r.search, async ({ user, query }) => searchEverything(deps, await reader(user), query.q));
  mountRoute(app, openApiRoute, async () => openApiDocument());
  mountItemStateRoutes(app, deps);
  mountFeedTokenRoutes(app, deps);

  app.route('/', sourcesApi(deps));
  return app;
}
