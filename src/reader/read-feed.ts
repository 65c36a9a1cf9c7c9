import { AppError } from '../errors/app-error.js';
import type { ItemCursor } from '../store/reader-repository.js';
import { gateEntries } from './gate-entries.js';
import { loadLinkedItems } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { FeedPage, FeedQuery } from './reader-schemas.js';

export const defaultPageSize = 30;

/** The cursor of the page after this item: opaque to clients. */
export function encodeCursor(c: ItemCursor): string {
  return Buffer.from(JSON.stringify([c.publishedAt?.toISOString() ?? null, c.id])).toString('base64url');
}

export function decodeCursor(cursor: string): ItemCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const publishedAt = at === null ? null : new Date(String(at));
    if (typeof id !== 'string' || (publishedAt && Number.isNaN(publishedAt.getTime()))) throw new Error('bad cursor');
    return { publishedAt, id };
  } catch {
    throw new AppError('input.invalid', 'invalid cursor: use the nextCursor of the previous page');
  }
}

/**
 * The reader's feed, newest first, filtered by show, person, kind or media. Every item passes the gate: it comes back
 * shown, or as a hidden card saying what it would reveal. Filtering by a person leaves hidden items out altogether:
 * that a person is named in news about a later episode can itself be the spoiler (a cameo, a return).
 */
export async function readFeed(deps: ReaderDeps, reader: Reader, query: FeedQuery): Promise<FeedPage> {
  const limit = query.limit ?? defaultPageSize;
  const view = deps.linker().view;
  if (query.show && !view.shows.has(query.show))
    throw new AppError('not-found', `no show ${query.show} in the catalog`);
  if (query.person && !view.people.has(query.person))
    throw new AppError('not-found', `no person ${query.person} in the catalog`);
  const filter = {
    showId: query.show,
    personId: query.person,
    kind: query.kind,
    media: query.media,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  };
  const items = await loadLinkedItems(deps.db, filter, limit + 1);
  const page = items.slice(0, limit);
  let entries = gateEntries(page, view, reader);
  if (query.person) entries = entries.filter((e) => !e.hidden);
  const last = page.at(-1);
  return {
    entries,
    nextCursor: items.length > limit && last ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null,
  };
}
