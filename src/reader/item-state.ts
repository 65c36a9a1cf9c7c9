import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import { passesGate } from '../gate/gate-items.js';
import type { DB } from '../store/db-types.js';
import {
  itemStatesAmong,
  listReadAmong,
  listStarred,
  listUnreadInWindow,
  listUnreadPage,
  markRead,
  type UnreadRow,
} from '../store/item-state-repository.js';
import { gateEntries } from './gate-entries.js';
import { loadItemsByIds } from './load-linked-items.js';
import { type NewestItems, newestItems } from './newest-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { SavedPage, UnreadCounts } from './reader-schemas.js';
import { showWindow } from './show-window.js';

/**
 * Unread counts are taken over the newest items (the feed's, or one show's), as feed readers cap theirs ("999+"):
 * the cost of a count stays that of one index range whatever the reader has read, and what is older than the
 * newest thousand is still listed, marked and saved, just not counted.
 */
export const unreadWindow = 1000;

const toGate = (h: UnreadRow['horizons']) =>
  h.map(([showId, throughEpisode, confidence]) => ({ showId, throughEpisode, confidence }));

/** Unread items the gate shows this reader, in all and per show. Hidden items are not counted at all. */
export async function countUnread(deps: ReaderDeps, reader: Reader, showId?: string): Promise<UnreadCounts> {
  if (showId) return countInShow(deps, reader, showId);
  const kept = await countInNewest(deps, reader);
  if (kept) return kept;
  const rows = await listUnreadInWindow(deps.db, reader.user.id, undefined, unreadWindow);
  const byShow: Record<string, number> = {};
  let unread = 0;
  for (const row of rows) {
    if (!passesGate(row.id, toGate(row.horizons), reader.state)) continue;
    unread++;
    for (const s of row.shows) byShow[s] = (byShow[s] ?? 0) + 1;
  }
  return { unread, byShow, window: unreadWindow };
}

/**
 * One show's count: its newest items (kept per items version, the same for every reader) less the reader's read
 * marks among them, through the gate.
 */
async function countInShow(deps: ReaderDeps, reader: Reader, showId: string): Promise<UnreadCounts> {
  const rows = await showWindow(deps.db, reader.itemsVersion, showId, unreadWindow);
  const read = await listReadAmong(
    deps.db,
    reader.user.id,
    rows.map((r) => r.id),
  );
  let unread = 0;
  for (const row of rows) if (!read.has(row.id) && passesGate(row.id, toGate(row.horizons), reader.state)) unread++;
  return { unread, byShow: unread ? { [showId]: unread } : {}, window: unreadWindow };
}

/**
 * The whole feed's counts from the newest items kept in memory (the same items, horizons and shows as
 * `listUnreadInWindow` reads) and the reader's marks among them (kept for this reader); null when not kept.
 */
async function countInNewest(deps: ReaderDeps, reader: Reader): Promise<UnreadCounts | null> {
  const newest = await newestItems(deps.db, reader.itemsVersion);
  if (!newest || (newest.items.length < unreadWindow && !newest.all)) return null;
  // Kept per reader under all it depends on: the items (their version), the reader's marks (their version, bumped
  // by triggers whoever writes them) and everything the gate decides with (progress, reveals, both policies).
  const key = reader.marksVersion ? countKey(newest.version, reader) : null;
  const byUser = countsKept.get(deps.db) ?? new Map<number, { key: string; counts: UnreadCounts }>();
  countsKept.set(deps.db, byUser);
  const kept = key ? byUser.get(reader.user.id) : undefined;
  if (kept && kept.key === key) return kept.counts;
  const counts = await countAmongNewest(deps, reader, newest);
  if (key) {
    if (byUser.size >= 10_000) byUser.clear();
    byUser.set(reader.user.id, { key, counts });
  }
  return counts;
}

/** Per database handle (a server has one; each test its own), per user: their last feed counts and what they were of. */
const countsKept = new WeakMap<Kysely<DB>, Map<number, { key: string; counts: UnreadCounts }>>();

function countKey(itemsVersion: string, reader: Reader): string {
  const { progress, reveals, unfollowedPolicy, unsurePolicy } = reader.state;
  return JSON.stringify([
    itemsVersion,
    reader.marksVersion,
    [...progress],
    [...reveals],
    unfollowedPolicy,
    unsurePolicy ?? 'hide',
  ]);
}

async function countAmongNewest(deps: ReaderDeps, reader: Reader, newest: NewestItems): Promise<UnreadCounts> {
  const { read } = await itemStatesAmong(deps.db, reader.user.id, newest.version, newest.ids, reader.marksVersion);
  // A Map while counting: an object keyed by a thousand show ids is a slow dictionary.
  const byShow = new Map<string, number>();
  let unread = 0;
  const end = Math.min(unreadWindow, newest.items.length);
  for (let i = 0; i < end; i++) {
    const item = newest.items[i];
    if (read.has(item.id) || !passesGate(item.id, item.horizons, reader.state)) continue;
    unread++;
    for (const s of newest.shows[i]) byShow.set(s, (byShow.get(s) ?? 0) + 1);
  }
  return { unread, byShow: Object.fromEntries(byShow), window: unreadWindow };
}

/**
 * Marks read every unread item (of one show, or all) the gate shows this reader. A hidden item keeps its state: the
 * reader has not read it, and it comes up unread once they have watched far enough.
 */
export async function markAllRead(deps: ReaderDeps, reader: Reader, showId?: string): Promise<number> {
  let marked = 0;
  let after: { publishedAt: Date | null; id: string } | undefined;
  for (;;) {
    const rows = await listUnreadPage(deps.db, reader.user.id, showId, after, 2000);
    if (!rows.length) return marked;
    const shown = rows.filter((r) => passesGate(r.id, toGate(r.horizons), reader.state)).map((r) => r.id);
    await markRead(deps.db, reader.user.id, shown);
    marked += shown.length;
    const last = rows.at(-1)!;
    after = { publishedAt: last.published_at, id: last.id };
  }
}

function encodeStarCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeStarCursor(cursor: string): { starredAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const starredAt = new Date(String(at));
    if (typeof id !== 'string' || Number.isNaN(starredAt.getTime())) throw new Error('bad cursor');
    return { starredAt, id };
  } catch {
    throw new AppError('input.invalid', 'invalid cursor: use the nextCursor of the previous page');
  }
}

/** The reader's saved items, most recently saved first, each through the gate (a hidden one stays a hidden card). */
export async function readSaved(
  deps: ReaderDeps,
  reader: Reader,
  query: { cursor?: string; limit?: number },
): Promise<SavedPage> {
  const limit = query.limit ?? 30;
  const stars = await listStarred(
    deps.db,
    reader.user.id,
    query.cursor ? decodeStarCursor(query.cursor) : undefined,
    limit + 1,
  );
  const page = stars.slice(0, limit);
  const items = await loadItemsByIds(
    deps.db,
    page.map((s) => s.id),
    reader.user.id,
  );
  const last = page.at(-1);
  return {
    entries: gateEntries(items, deps.linker().view, reader),
    nextCursor: stars.length > limit && last ? encodeStarCursor(last.starredAt, last.id) : null,
  };
}
