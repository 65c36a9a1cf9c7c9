import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.js';
import { getMeta } from '../store/meta-repository.js';
import { type ItemCursor, listItemCards, readItemLinks } from '../store/reader-repository.js';
import { attachLinks, type LinkedItem } from './gate-entries.js';

/** How many of the newest items are kept in memory: the first pages of every reader's feed. */
export const newestKept = 1000;

/**
 * The newest items with their links and horizons, in the feed's order, as stored at one `meta.items_version`.
 * The same for every reader: nothing in it depends on who reads it (progress, reveals, read marks). The gate decides
 * each row per reader afterwards, as it does for rows read from the database.
 */
export interface NewestItems {
  version: string;
  items: LinkedItem[];
  /** True when these are all the items there are (fewer than `newestKept`). */
  all: boolean;
  position: Map<string, number>;
  /** Their ids, and the shows each names (for unread counts per show), in the same order. */
  ids: string[];
  shows: string[][];
}

interface Slot {
  current?: NewestItems;
  loading?: Promise<NewestItems | null>;
}

/** One slot per database handle (a server has one; each test its own). */
const slots = new WeakMap<Kysely<DB>, Slot>();

async function load(db: Kysely<DB>): Promise<NewestItems | null> {
  // The version is read before the rows, so the rows are at least as new as the version they are kept under.
  const version = await getMeta(db, 'items_version');
  if (version === null) return null;
  const rows = await listItemCards(db, {}, newestKept);
  // No user's marks: `withItemStates` adds them to a copy per request.
  const none = { read: new Set<string>(), starred: new Set<string>() };
  const items = attachLinks(
    rows,
    await readItemLinks(
      db,
      rows.map((r) => r.id),
    ),
    none,
  );
  return {
    version,
    items,
    all: rows.length < newestKept,
    position: new Map(items.map((item, i) => [item.id, i])),
    ids: items.map((i) => i.id),
    shows: items.map((i) => i.entities.filter((e) => e.kind === 'show').map((e) => e.entity_id)),
  };
}

const atLeast = (n: NewestItems | undefined, version: string) =>
  n !== undefined && BigInt(n.version) >= BigInt(version);

/**
 * The newest items at `version` (the one read with the reader's state) or later: from memory when it is the version
 * kept, else read again once for all concurrent callers. Null when the version is unknown (no migration 0010, or a
 * reader made without it): the caller reads from the database.
 */
export async function newestItems(db: Kysely<DB>, version: string | null | undefined): Promise<NewestItems | null> {
  if (!version || !/^\d+$/.test(version)) return null;
  const s = slots.get(db) ?? {};
  slots.set(db, s);
  // Twice at most: a load already running may have read an older version than this caller's.
  for (let tries = 0; tries < 2; tries++) {
    if (s.current?.version === version || (tries > 0 && atLeast(s.current, version))) return s.current!;
    s.loading ??= load(db)
      .then((n) => {
        if (n && !atLeast(s.current, n.version)) s.current = n;
        return n;
      })
      .finally(() => {
        s.loading = undefined;
      });
    await s.loading;
    if (atLeast(s.current, version)) return s.current!;
  }
  return null;
}

/**
 * The `count` items after the cursor, from the newest items kept; null when the page reaches past them (or the
 * cursor's item is not among them, or its date moved): the caller reads that page from the database.
 */
export function pageOfNewest(n: NewestItems, after: ItemCursor | undefined, count: number): LinkedItem[] | null {
  let start = 0;
  if (after) {
    const at = n.position.get(after.id);
    if (at === undefined) return null;
    if ((n.items[at].published_at?.getTime() ?? null) !== (after.publishedAt?.getTime() ?? null)) return null;
    start = at + 1;
  }
  if (start + count > n.items.length && !n.all) return null;
  return n.items.slice(start, start + count);
}
