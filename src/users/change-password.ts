import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import { deleteUserSessions } from '../store/sessions-repository.js';
import { findUserByName, getPasswordHash, setPasswordHash } from '../store/users-repository.js';
import { parseOrThrow, passwordSchema } from './account-schemas.js';
import { hashPassword, verifyPassword } from './hash-password.js';

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1, 'the current password is required').max(1000),
  newPassword: passwordSchema,
});

/**
 * Changes a user's own password after checking the current one, and ends every other session of that user (a
 * stolen session does not survive the change). `keepSessionId` is the session making the change.
 */
export async function changePassword(
  db: Kysely<DB>,
  userId: number,
  input: unknown,
  keepSessionId?: string,
): Promise<void> {
  const change = parseOrThrow(passwordChangeSchema, input, 'password change');
  const stored = await getPasswordHash(db, userId);
  if (!stored || !(await verifyPassword(change.currentPassword, stored)))
    throw new AppError('auth.invalid-credentials', 'the current password is wrong');
  await setPasswordHash(db, userId, await hashPassword(change.newPassword));
  await deleteUserSessions(db, userId, keepSessionId);
}

/**
 * Sets a user's password without the current one, and ends all their sessions: for the command line (an owner who
 * forgot their password), which has the database in hand anyway. `not-found` when there is no such user.
 */
export async function resetPassword(db: Kysely<DB>, name: string, password: unknown): Promise<void> {
  const user = await findUserByName(db, name);
  if (!user) throw new AppError('not-found', `no user named "${name}"`);
  const hash = await hashPassword(parseOrThrow(passwordSchema, password, 'password'));
  await setPasswordHash(db, user.id, hash);
  await deleteUserSessions(db, user.id);
}
