import type { Hono } from 'hono';
import { countUnread, markAllRead, readSaved } from '../../reader/item-state.js';
import { loadReader, type ReaderDeps } from '../../reader/reader-deps.js';
import {
  markAllBodySchema,
  markAllResultSchema,
  savedPageSchema,
  savedQuerySchema,
  unreadCountsSchema,
  unreadQuerySchema,
} from '../../reader/reader-schemas.js';
import { checkItemExists, showOfProgress } from '../../reader/reading-state-checks.js';
import { addStar, markRead, markUnread, removeStar } from '../../store/item-state-repository.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { itemIdParamSchema } from '../auth/auth-schemas.js';
import { type ApiRouteSpec, mountRoute } from './api-route.js';

const counted =
  'Counted over the newest `window` items, and only those the spoiler gate shows the reader: a hidden item is never ' +
  'counted.';

/** Read marks and stars of the logged-in reader (below /api). Every write needs the x-csrf-token header. */
export const itemStateRoutes = {
  unread: {
    method: 'get',
    path: '/unread',
    tag: 'reading state',
    summary: 'Unread counts: in all (or of one show) and per show',
    description: counted,
    access: 'user',
    query: unreadQuerySchema,
    status: 200,
    response: unreadCountsSchema,
  },
  markAll: {
    method: 'post',
    path: '/read',
    tag: 'reading state',
    summary: 'Mark everything read (or everything of one show)',
    description: 'Only what the gate shows the reader is marked: a hidden item stays unread until they reach it.',
    access: 'user',
    body: markAllBodySchema,
    status: 200,
    errors: ['not-found'],
    response: markAllResultSchema,
  },
  read: {
    method: 'post',
    path: '/items/:itemId/read',
    tag: 'reading state',
    summary: 'Mark one item read (opening it with GET /api/items/{itemId} does too)',
    access: 'user',
    params: itemIdParamSchema,
    status: 204,
    errors: ['not-found'],
  },
  unreadOne: {
    method: 'delete',
    path: '/items/:itemId/read',
    tag: 'reading state',
    summary: 'Mark one item unread',
    access: 'user',
    params: itemIdParamSchema,
    status: 204,
    errors: ['not-found'],
  },
  star: {
    method: 'post',
    path: '/items/:itemId/star',
    tag: 'reading state',
    summary: 'Save an item for later (the Saved page); a hidden one can be saved too',
    access: 'user',
    params: itemIdParamSchema,
    status: 204,
    errors: ['not-found'],
  },
  unstar: {
    method: 'delete',
    path: '/items/:itemId/star',
    tag: 'reading state',
    summary: 'Take an item off the Saved page',
    access: 'user',
    params: itemIdParamSchema,
    status: 204,
    errors: ['not-found'],
  },
  saved: {
    method: 'get',
    path: '/saved',
    tag: 'reading state',
    summary: 'Saved items, most recently saved first',
    description: 'Every item passes the spoiler gate: a saved item past the reader’s progress is a hidden card.',
    access: 'user',
    query: savedQuerySchema,
    status: 200,
    response: savedPageSchema,
  },
} satisfies Record<string, ApiRouteSpec>;

export function mountItemStateRoutes(app: Hono<AuthEnv>, deps: ReaderDeps): void {
  const r = itemStateRoutes;
  const { db } = deps;
  mountRoute(app, r.unread, async ({ user, query }) => countUnread(deps, await loadReader(db, user), query.show));
  mountRoute(app, r.markAll, async ({ user, body }) => {
    if (body.show) showOfProgress(deps.linker().view, body.show);
    return { marked: await markAllRead(deps, await loadReader(db, user), body.show) };
  });
  mountRoute(app, r.read, async ({ user, params }) => {
    await checkItemExists(db, params.itemId);
    await markRead(db, user.id, [params.itemId]);
    return null;
  });
  mountRoute(app, r.unreadOne, async ({ user, params }) => {
    // A mark on an item removed with its feed can still be taken off; otherwise the item must exist.
    if (!(await markUnread(db, user.id, params.itemId))) await checkItemExists(db, params.itemId);
    return null;
  });
  mountRoute(app, r.star, async ({ user, params }) => {
    await checkItemExists(db, params.itemId);
    await addStar(db, user.id, params.itemId);
    return null;
  });
  mountRoute(app, r.unstar, async ({ user, params }) => {
    if (!(await removeStar(db, user.id, params.itemId))) await checkItemExists(db, params.itemId);
    return null;
  });
  mountRoute(app, r.saved, async ({ user, query }) => readSaved(deps, await loadReader(db, user), query));
}
