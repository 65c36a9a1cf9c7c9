import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importCatalog } from '../../catalog/import-catalog.js';
import { AppError } from '../../errors/app-error.js';
import { addFeed } from '../../ingest/add-feed.js';
import type { ReaderDeps } from '../../reader/reader-deps.js';
import { removeDemoItems } from '../../store/demo-repository.js';
import { deleteFeed, type FeedRow, findFeed, listFeeds } from '../../store/feeds-repository.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { mountRoute } from './api-route.js';
import type { FeedView } from './api-schemas.js';
import { sourcesRoutes } from './reader-routes.js';

/** A catalog file larger than this is refused before it is read (the starter catalog is about 40 KB). */
export const maxCatalogBytes = 20 * 1024 * 1024;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toFeedView(f: FeedRow & { items: number }): FeedView {
  return {
    id: f.id,
    url: f.url,
    title: f.title,
    siteUrl: f.site_url,
    kind: f.kind,
    intervalMinutes: f.interval_minutes,
    items: f.items,
    lastFetchedAt: iso(f.last_fetched_at),
    lastSuccessAt: iso(f.last_success_at),
    nextFetchAt: f.next_fetch_at.toISOString(),
    errorCount: f.error_count,
    lastError: f.last_error,
    createdAt: f.created_at.toISOString(),
  };
}

/** The owner's sources: feeds (list, follow, stop following) and catalog imports. Mounted by `readerApi`. */
export function sourcesApi(deps: ReaderDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const r = sourcesRoutes;

  mountRoute(app, r.listFeeds, async () => ({ feeds: (await listFeeds(deps.db)).map(toFeedView) }));

  mountRoute(app, r.addFeed, async ({ body }) =>
    toFeedView({ ...(await addFeed(deps.ingest, body.url, { intervalMinutes: body.intervalMinutes })), items: 0 }),
  );

  mountRoute(app, r.removeFeed, async ({ params }) => {
    const feed = await findFeed(deps.db, String(params.feedId));
    if (!feed) throw new AppError('not-found', `no feed #${params.feedId}`);
    return { id: feed.id, removedItems: await deleteFeed(deps.db, feed.id) };
  });

  mountRoute(app, r.removeDemo, async () => ({ removedItems: await removeDemoItems(deps.db) }));

  app.post(
    r.importCatalog.path,
    bodyLimit({
      maxSize: maxCatalogBytes,
      onError: () => {
        throw new AppError('input.too-large', `the catalog is larger than ${maxCatalogBytes / 1024 / 1024} MB`);
      },
    }),
  );
  // Validated exactly as `haebang catalog import` validates a file: every problem reported, nothing half-imported.
  mountRoute(app, r.importCatalog, async ({ c }) => {
    if (!c.req.header('content-type')?.includes('application/json'))
      throw new AppError('input.invalid', 'expected a catalog JSON body (Content-Type: application/json)');
    const report = await importCatalog(deps.db, { text: await c.req.text(), origin: 'request body' });
    await deps.catalogChanged();
    return report;
  });

  return app;
}
