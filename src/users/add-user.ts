import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import { insertFirstUser, insertUser, isUniqueViolation, type UserRecord } from '../store/users-repository.js';
import { newAccountSchema, parseOrThrow } from './account-schemas.js';
import { hashPassword } from './hash-password.js';
import type { SessionUser } from './session-from-token.js';

/** First run: creates the owner, only while there is no user at all; afterwards `auth.setup-done`. */
export async function createOwner(db: Kysely<DB>, input: unknown): Promise<UserRecord> {
  const account = parseOrThrow(newAccountSchema, input, 'account');
  const owner = await insertFirstUser(db, {
    name: account.name,
    passwordHash: await hashPassword(account.password),
    role: 'owner',
  });
  if (!owner) throw new AppError('auth.setup-done', 'setup is done: the owner already exists');
  return owner;
}

/** The owner adds a member. Anyone else gets `auth.forbidden`. */
export async function addUser(db: Kysely<DB>, actor: SessionUser, input: unknown): Promise<UserRecord> {
  if (actor.role !== 'owner') throw new AppError('auth.forbidden', 'only the owner can add users');
  return createMember(db, input);
}

/** Adds a member without checking who asks: for the command line, which has the database in hand anyway. */
export async function createMember(db: Kysely<DB>, input: unknown): Promise<UserRecord> {
  const account = parseOrThrow(newAccountSchema, input, 'account');
  const passwordHash = await hashPassword(account.password);
  try {
    return await insertUser(db, { name: account.name, passwordHash, role: 'member' });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('input.invalid', `a user named "${account.name}" already exists`, { cause: error });
    throw error;
  }
}
