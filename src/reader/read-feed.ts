import { AppError } from '../errors/app-error.js';
import type { ItemCursor } from '../store/reader-repository.js';
import { gateEntries } from './gate-entries.js';
import { gateFilterOf, listableEntries } from './gate-filter.js';
import { loadLinkedItems, withItemStates } from './load-linked-items.js';
import { newestItems, pageOfNewest } from './newest-items.js';
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
 * shown, or as a hidden card saying what it would reveal. Unfiltered, every item is listed (hidden ones as cards).
 * Filtered by a person, kind or media, only items the reader may see are listed and matched: that a person is named
 * in news about a later episode can itself be the spoiler (a cameo, a return), and a hidden card under kind=finale
 * would tell what it is. Filtered by a show alone, hidden cards are listed when one of their reasons is that show.
 * The page, its cursor and whether there is a next page are all computed over the listed entries only, so a cursor
 * never points at a hidden row; it is an item the page shows (its id and date are on the page anyway).
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
  const narrowed = Boolean(query.person || query.kind || query.media);
  const cardsOf = narrowed ? undefined : query.show;
  const gate = narrowed || query.show ? gateFilterOf(reader, cardsOf) : undefined;
  // Unfiltered, the page is the same rows for every reader (hidden ones become cards): the newest are in memory.
  const newest = narrowed || query.show ? null : await newestItems(deps.db, reader.itemsVersion);
  const kept = newest && pageOfNewest(newest, filter.after, limit + 1);
  const items = kept
    ? await withItemStates(deps.db, newest, kept, reader.user.id, reader.marksVersion)
    : await loadLinkedItems(deps.db, { ...filter, gate }, limit + 1, reader.user.id);
  const gated = gateEntries(items, view, reader);
  const listed = gate ? listableEntries(gated, cardsOf) : gated;
  const entries = listed.slice(0, limit);
  const last = listed.length > limit ? items.find((i) => i.id === entries.at(-1)?.id) : undefined;
  return { entries, nextCursor: last ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null };
}
