import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';
import type { SessionRecord } from './sessions-repository.js';
import { writeStampOf } from './write-stamp.js';

/**
 * Sessions read with their user's preferences and reading state, kept in memory for a database whose every write
 * this process sees (PGlite it runs: write-stamp.ts), and used only while nothing at all has been written since the
 * statement that read them was sent. Any write (a log-out, a revoked or renewed session, a password change, new
 * progress, a reveal, a setting, new items, by this process or by another one through its socket server) moves the
 * stamp, and then every kept session is dropped. Expiry and renewal are decided by the caller from the kept times,
 * as from a row read again: they would be the same. PostgreSQL, other processes and transactions keep nothing.
 */
interface Kept {
  stamp: bigint;
  records: Map<string, SessionRecord>;
}

const keptBy = new WeakMap<Kysely<DB>, Kept>();
/** Beyond this many sessions (readers logged in at once), all are dropped and read again. */
export const keptSessionsLimit = 10_000;

/** A copy the caller may change without touching the kept one. */
function copyOf(r: SessionRecord): SessionRecord {
  const reader = r.reader && {
    preferences: { ...r.reader.preferences },
    readingState: {
      ...r.reader.readingState,
      progress: new Map(r.reader.readingState.progress),
      reveals: [...r.reader.readingState.reveals],
      settings: r.reader.readingState.settings && { ...r.reader.readingState.settings },
    },
  };
  return { ...r, user: { ...r.user }, ...(reader ? { reader } : {}) };
}

/**
 * The stamp to pass to `keepSession` for a statement sent now, or null when nothing can be kept for this database.
 * Read it before sending the statement: a write made while it runs then makes what it read unusable.
 */
export function sessionStamp(db: Kysely<DB>): bigint | null {
  return writeStampOf(db)?.() ?? null;
}

/** The kept session (read with its reader), if nothing was written since it was read. */
export function keptSession(db: Kysely<DB>, id: string): SessionRecord | null {
  const now = sessionStamp(db);
  const kept = keptBy.get(db);
  if (now === null || !kept) return null;
  if (kept.stamp !== now) {
    keptBy.delete(db);
    return null;
  }
  const found = kept.records.get(id);
  return found ? copyOf(found) : null;
}

/** Keeps a session read by a statement sent at `stamp` (when nothing was written since). */
export function keepSession(db: Kysely<DB>, stamp: bigint | null, record: SessionRecord): void {
  if (stamp === null || !record.reader || sessionStamp(db) !== stamp) return;
  let kept = keptBy.get(db);
  if (!kept || kept.stamp !== stamp || kept.records.size >= keptSessionsLimit) {
    kept = { stamp, records: new Map() };
    keptBy.set(db, kept);
  }
  kept.records.set(record.id, copyOf(record));
}
