import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.js';
import {
  deleteSession,
  findSession,
  insertSession,
  type SessionRecord,
  touchSession,
} from '../store/sessions-repository.js';
import type { Role, UnfollowedPolicy, UserRecord } from '../store/users-repository.js';

/** Who is asking, as the routes and the spoiler gate see it. */
export interface SessionUser {
  id: number;
  name: string;
  role: Role;
  unfollowedPolicy: UnfollowedPolicy;
}

export interface ActiveSession {
  /** sha256 of the token: the row id, safe to log or keep in memory. */
  id: string;
  user: SessionUser;
  csrfToken: string;
  expiresAt: Date;
  /** True when this look-up extended the session, so the cookie should be sent again with the new expiry. */
  renewed: boolean;
  /** With `withReader`: the user's preferences and reading state, read with the session. */
  reader?: SessionRecord['reader'];
}

/** A session lives this long after its last use (sliding expiry). */
export const sessionTtlMs = 30 * 24 * 3600 * 1000;
/** Extending a session is a write; do it at most this often per session, so reading pages stays read-only. */
const renewEveryMs = 10 * 60 * 1000;

export function toSessionUser(user: UserRecord): SessionUser {
  return { id: user.id, name: user.name, role: user.role, unfollowedPolicy: user.unfollowedPolicy };
}

/** The database keeps only a hash of the token, so a leaked database (or backup) yields no usable session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for a user: a 256-bit random token for the cookie, and a separate CSRF token. */
export async function startSession(
  db: Kysely<DB>,
  user: UserRecord,
  now = new Date(),
): Promise<{ token: string; session: ActiveSession }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionTtlMs);
  const id = sessionIdOf(token);
  await insertSession(db, { id, userId: user.id, csrfToken, now, expiresAt });
  return { token, session: { id, user: toSessionUser(user), csrfToken, expiresAt, renewed: false } };
}

/**
 * The live session a cookie token names, with its expiry slid forward; null for an unknown or expired token. With
 * `withReader`, the user's preferences and reading state come with it (the same statement).
 */
export async function sessionFromToken(
  db: Kysely<DB>,
  token: string,
  now = new Date(),
  options: { withReader?: boolean } = {},
): Promise<ActiveSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const found = await findSession(db, id, options);
  if (!found) return null;
  if (found.expiresAt.getTime() <= now.getTime()) {
    await deleteSession(db, id);
    return null;
  }
  let expiresAt = found.expiresAt;
  const renewed = now.getTime() - found.lastSeenAt.getTime() >= renewEveryMs;
  if (renewed) {
    expiresAt = new Date(now.getTime() + sessionTtlMs);
    await touchSession(db, id, now, expiresAt);
  }
  return {
    id,
    user: toSessionUser(found.user),
    csrfToken: found.csrfToken,
    expiresAt,
    renewed,
    ...(found.reader ? { reader: found.reader } : {}),
  };
}
