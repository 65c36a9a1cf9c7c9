import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import { deleteExpiredSessions, deleteSession } from '../store/sessions-repository.js';
import { findUserByName, setPasswordHash } from '../store/users-repository.js';
import { credentialsSchema, parseOrThrow } from './account-schemas.js';
import { hashPassword, needsRehash, verifyPassword } from './hash-password.js';
import { noteLoginSuccess, reserveLoginAttempt } from './login-rate-limit.js';
import { type ActiveSession, sessionIdOf, startSession } from './session-from-token.js';

export interface LoginResult {
  /** The secret for the session cookie; only its hash is stored. */
  token: string;
  session: ActiveSession;
}

/** An unknown name is checked against this hash, so it costs as much time as a wrong password. */
let dummyHash: Promise<string> | null = null;

/**
 * Checks a name and password and starts a session. Rate-limited per name and per client address: the attempt is
 * counted before the password is hashed; a wrong password and an unknown name both answer `auth.invalid-credentials`.
 */
export async function login(
  db: Kysely<DB>,
  input: unknown,
  clientIp: string | null,
  now = new Date(),
): Promise<LoginResult> {
  const credentials = parseOrThrow(credentialsSchema, input, 'login');
  const source = { name: credentials.name, clientIp };
  const ticket = await reserveLoginAttempt(db, source, now);
  const user = await findUserByName(db, credentials.name);
  dummyHash ??= hashPassword(`unused ${Math.random()}`);
  const ok = await verifyPassword(credentials.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) throw new AppError('auth.invalid-credentials', 'wrong user name or password');
  await noteLoginSuccess(db, source, ticket);
  if (needsRehash(user.passwordHash)) await setPasswordHash(db, user.id, await hashPassword(credentials.password));
  await deleteExpiredSessions(db, now);
  return startSession(db, user, now);
}

/** Ends the session a cookie token names (nothing happens for an unknown token). */
export async function logout(db: Kysely<DB>, token: string): Promise<void> {
  await deleteSession(db, sessionIdOf(token));
}
