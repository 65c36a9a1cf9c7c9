import { mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the lock file of an embedded database says about the process that owns it. */
export interface OwnerInfo {
  pid: number;
  /** The command that owns it: `serve`, `ingest`, `feeds add`, … */
  command: string;
  startedAt: string;
  /** Where the owner serves the database (PostgreSQL protocol on 127.0.0.1), once it does. */
  port?: number;
  secret?: string;
  /** The web app's address, when the owner is `serve`. */
  url?: string;
}

export type LockState = { kind: 'owned' } | { kind: 'held'; info: OwnerInfo } | { kind: 'starting'; info: OwnerInfo };

/** The lock file's name inside the data directory. */
export const lockFileName = 'haebang-owner.json';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Data directories whose lock this process holds. */
const heldHere = new Set<string>();

/** Is a process with this pid running (another process than this one)? */
export function isAlive(pid: number, dataDir?: string): boolean {
  // Our own pid on a lock we do not hold is left from an earlier life (containers reuse pids).
  if (pid === process.pid) return dataDir !== undefined && heldHere.has(dataDir);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readOwner(dataDir: string): OwnerInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')) as OwnerInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of an embedded database, or says who holds it. The lock file is created exclusively (`wx`), so of
 * two processes starting at once exactly one wins; a lock whose pid is gone (a crash, kill -9) is removed, under a
 * second lock (a directory) so that two processes recovering at once cannot remove each other's new lock.
 */
export async function tryLock(dataDir: string, command: string): Promise<LockState> {
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; ; attempt++) {
    const mine: OwnerInfo = { pid: process.pid, command, startedAt: new Date().toISOString() };
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      heldHere.add(dataDir);
      return { kind: 'owned' };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const info = readOwner(dataDir);
    if (info && isAlive(info.pid, dataDir)) return info.port ? { kind: 'held', info } : { kind: 'starting', info };
    // Unreadable: being written right now, or left empty by a crash between create and write.
    if (!info && attempt < 20) {
      await sleep(25);
      continue;
    }
    await breakStale(dataDir, info);
  }
}

/** Removes a stale lock, unless another process replaced it meanwhile. */
export async function breakStale(dataDir: string, seen: OwnerInfo | null): Promise<void> {
  const path = join(dataDir, lockFileName);
  const guard = `${path}.recovering`;
  try {
    mkdirSync(guard);
  } catch {
    // Another process is recovering; a guard older than 10 s was left by a crash and is removed.
    const age = Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) rmdirSync(guard);
    await sleep(25);
    return;
  }
  try {
    const now = readOwner(dataDir);
    const same = seen ? now?.pid === seen.pid && now.startedAt === seen.startedAt : now === null;
    if (same) unlinkSync(path);
  } catch {
    // already gone
  } finally {
    rmdirSync(guard);
  }
}

/** Rewrites our lock with where we serve the database (atomically: a reader never sees half a file). */
export function publishOwner(dataDir: string, info: OwnerInfo): void {
  const path = join(dataDir, lockFileName);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(info), { mode: 0o600 });
  renameSync(temp, path);
}

/** Removes our lock (only if it is still ours). */
export function releaseLock(dataDir: string): void {
  if (!heldHere.delete(dataDir) || readOwner(dataDir)?.pid !== process.pid) return;
  try {
    unlinkSync(join(dataDir, lockFileName));
  } catch {
    // already gone
  }
}

/**
 * Written by an owner as it closes the database cleanly: the catalog's version then. Taken away by the next owner
 * before it opens the database, so while it is there, no process has changed the catalog since (every change goes
 * through an owner), and a command can use a linker cached for that version without starting PGlite.
 */
export const closedStampName = 'haebang-closed.json';

/** The catalog version the last owner closed the embedded database with, or null (open now, or not closed cleanly). */
export function closedCatalogVersion(dataDir: string): string | null {
  try {
    const info = readOwner(dataDir);
    if (info && isAlive(info.pid, dataDir)) return null;
    const stamp = JSON.parse(readFileSync(join(dataDir, closedStampName), 'utf8')) as { catalogVersion?: unknown };
    return typeof stamp.catalogVersion === 'string' ? stamp.catalogVersion : null;
  } catch {
    return null;
  }
}
