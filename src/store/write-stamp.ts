import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

/**
 * A value that changes whenever any transaction has written to the database (PostgreSQL's next transaction id: a
 * transaction takes one at its first row it inserts, updates or deletes, its first DDL or TRUNCATE), read without a
 * statement. Only for PGlite running in this process, which every client of the database goes through (this
 * process's pool and the other processes served by its socket server): there it sees every write the moment it is
 * made. A transaction that wrote but has not committed yet holds PGlite's one session until it ends, so nothing can
 * read its rows before they are committed. PGlite refuses PREPARE TRANSACTION (max_prepared_transactions is 0), the
 * one way a commit could come later without a new id. On PostgreSQL (other processes write without us seeing it)
 * there is none.
 */
export type WriteStamp = () => bigint;

/** PGlite's next full transaction id, or null when this build of PGlite does not export it (nothing is kept then). */
export function pgliteWriteStamp(lite: PGlite): WriteStamp | null {
  const mod = (lite as unknown as { mod?: { _ReadNextFullTransactionId?: () => unknown } }).mod;
  const read = mod?._ReadNextFullTransactionId;
  if (typeof read !== 'function' || typeof read.call(mod) !== 'bigint') return null;
  return () => read.call(mod) as bigint;
}

const stamps = new WeakMap<Kysely<DB>, WriteStamp>();

/** Tells the store that every write to `db`'s database moves `stamp` (openDatabase, for PGlite in this process). */
export function registerWriteStamp(db: Kysely<DB>, stamp: WriteStamp): void {
  stamps.set(db, stamp);
}

/** The write stamp of a database opened by openDatabase, or null (PostgreSQL, another process's PGlite, a transaction). */
export function writeStampOf(db: Kysely<DB>): WriteStamp | null {
  return stamps.get(db) ?? null;
}
