import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, UsersTable } from './db-types.js';

export type Role = 'owner' | 'member';
export type UnfollowedPolicy = 'hide' | 'show';

/** A user as the rest of haebang sees one: never with the password hash. */
export interface UserRecord {
  id: number;
  name: string;
  role: Role;
  unfollowedPolicy: UnfollowedPolicy;
  createdAt: Date;
}

export interface NewUser {
  name: string;
  passwordHash: string;
  role: Role;
}

const publicColumns = ['id', 'name', 'role', 'unfollowed_policy', 'created_at'] as const;

function toRecord(row: Pick<Selectable<UsersTable>, (typeof publicColumns)[number]>): UserRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    unfollowedPolicy: row.unfollowed_policy,
    createdAt: row.created_at,
  };
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Inserts the first user, only if there is none yet, and returns it; null when a user already exists. The table
 * lock makes two concurrent first-run setups create one owner, not two.
 */
export async function insertFirstUser(db: Kysely<DB>, user: NewUser): Promise<UserRecord | null> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table users in share row exclusive mode`.execute(trx);
    if ((await countUsers(trx)) > 0) return null;
    return insertUser(trx, user);
  });
}

/** Inserts a user; a name already taken (in any letter case) fails with the unique violation of the database. */
export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({ name: user.name, password_hash: user.passwordHash, role: user.role })
    .returning(publicColumns)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** The user with this name in any letter case, with the password hash (for logging in). */
export async function findUserByName(
  db: Kysely<DB>,
  name: string,
): Promise<(UserRecord & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom('users')
    .select([...publicColumns, 'password_hash'])
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  return row ? { ...toRecord(row), passwordHash: row.password_hash } : null;
}

export async function findUserById(db: Kysely<DB>, id: number): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function getPasswordHash(db: Kysely<DB>, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function listUsers(db: Kysely<DB>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(publicColumns).orderBy('id').execute();
  return rows.map(toRecord);
}

export async function setPasswordHash(db: Kysely<DB>, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** True for PostgreSQL's unique_violation, e.g. a user name that is already taken. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
