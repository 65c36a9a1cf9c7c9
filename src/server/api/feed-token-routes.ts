import { createHash, randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { translator } from '../../i18n/translate.js';
import { loadReader, type ReaderDeps } from '../../reader/reader-deps.js';
import { renderSafeFeed } from '../../reader/safe-feed.js';
import {
  deleteFeedToken,
  findFeedToken,
  type HiddenItemsChoice,
  readFeedTokenOf,
  setFeedToken,
} from '../../store/feed-tokens-repository.js';
import { getPreferences } from '../../store/preferences-repository.js';
import { findUserById } from '../../store/users-repository.js';
import { toSessionUser } from '../../users/session-from-token.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { type ApiRouteSpec, mountRoute } from './api-route.js';

export const hiddenItemsSchema = z.enum(['list', 'omit']);
export const feedTokenBodySchema = z.strictObject({ hiddenItems: hiddenItemsSchema.optional() });
export const feedTokenSchema = z.object({
  /** The secret feed URLs; shown once, when made (only a hash of the token is kept). */
  atomUrl: z.string(),
  jsonUrl: z.string(),
  hiddenItems: hiddenItemsSchema,
});
export const feedTokenStatusSchema = z.object({ exists: z.boolean(), hiddenItems: hiddenItemsSchema.nullable() });

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrls = (origin: string, token: string) => ({
  atomUrl: `${origin}/feeds/${token}/atom`,
  jsonUrl: `${origin}/feeds/${token}/json`,
});

/** The reader's own Atom and JSON Feed URLs (below /api): made, replaced (rotated) and revoked. */
export const feedTokenRoutes = {
  status: {
    method: 'get',
    path: '/feed-token',
    tag: 'safe feed',
    summary: 'Whether the reader has a feed URL, and what it does with hidden items',
    access: 'user',
    status: 200,
    response: feedTokenStatusSchema,
  },
  rotate: {
    method: 'put',
    path: '/feed-token',
    tag: 'safe feed',
    summary: 'Make the reader’s secret Atom and JSON Feed URLs, replacing any earlier one (which stops working)',
    description:
      'The feeds hold exactly what the spoiler gate shows the reader; hidden items are listed as bare "hidden: ' +
      'reveals <show> ep. N" entries (`list`, the default) or left out (`omit`).',
    access: 'user',
    body: feedTokenBodySchema,
    status: 200,
    response: feedTokenSchema,
  },
  revoke: {
    method: 'delete',
    path: '/feed-token',
    tag: 'safe feed',
    summary: 'Revoke the reader’s feed URLs',
    access: 'user',
    status: 204,
  },
} satisfies Record<string, ApiRouteSpec>;

const originOf = (c: Context) => new URL(c.req.url).origin;

/**
 * Makes the reader's secret feed URLs (replacing any earlier ones, which stop working) and returns them: the only
 * time they exist in full, as only the token's hash is stored. For the API and the Settings page alike.
 */
export async function makeFeedUrls(
  db: ReaderDeps['db'],
  userId: number,
  hiddenItems: HiddenItemsChoice,
  c: Context,
): Promise<z.infer<typeof feedTokenSchema>> {
  const token = randomBytes(24).toString('base64url');
  await setFeedToken(db, userId, hashFeedToken(token), hiddenItems);
  return { ...feedUrls(originOf(c), token), hiddenItems };
}

export function mountFeedTokenRoutes(app: Hono<AuthEnv>, deps: ReaderDeps): void {
  const r = feedTokenRoutes;
  mountRoute(app, r.status, async ({ user }) => {
    const t = await readFeedTokenOf(deps.db, user.id);
    return { exists: !!t, hiddenItems: t?.hiddenItems ?? null };
  });
  mountRoute(app, r.rotate, async ({ c, user, body }) => makeFeedUrls(deps.db, user.id, body.hiddenItems ?? 'list', c));
  mountRoute(app, r.revoke, async ({ user }) => {
    await deleteFeedToken(deps.db, user.id);
    return null;
  });
}

/** GET /feeds/:token/atom and /feeds/:token/json: no session, the token is the key; an unknown one is 404. */
export function mountSafeFeeds(app: Hono, deps: ReaderDeps): void {
  app.get('/feeds/:token/:format{atom|json}', async (c) => {
    const token = c.req.param('token');
    const format = c.req.param('format') as 'atom' | 'json';
    const found = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await findFeedToken(deps.db, hashFeedToken(token)) : null;
    const record = found && (await findUserById(deps.db, found.userId));
    if (!found || !record) throw new AppError('not-found', 'no such feed (revoked, or never made)');
    const reader = await loadReader(deps.db, toSessionUser(record));
    const { locale } = await getPreferences(deps.db, record.id);
    const body = await renderSafeFeed(deps, reader, {
      t: translator(locale === 'auto' ? 'en' : locale),
      format,
      hiddenItems: found.hiddenItems,
      origin: originOf(c),
      self: `${originOf(c)}/feeds/${token}/${format}`,
    });
    c.header('cache-control', 'private, no-store');
    c.header('referrer-policy', 'no-referrer');
    return c.body(body, 200, {
      'content-type':
        format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/feed+json; charset=utf-8',
    });
  });
}
