import type { Kysely } from 'kysely';
import type { DB } from '../src/store/db-types.js';
import { hashPassword } from '../src/users/hash-password.js';
import { random } from './make-articles.js';

/** Every generated user's password (hashed once; the bench signs readers in through sessions, not passwords). */
export const benchPassword = 'bench-password';

/**
 * Readers with progress on 1–8 shows (popular shows more often), 0–4 reveals, a mix of unfollowed policies; with
 * `newestIds` (the newest items, newest first) also read marks and stars as daily readers leave them: 0–599 of the
 * newest items read, 0–99 older ones, 0–14 stars.
 */
export async function generateReaders(
  db: Kysely<DB>,
  shows: Array<{ id: string; episodeCount: number }>,
  itemIds: string[],
  count: number,
  seed: number,
  newestIds?: string[],
): Promise<number> {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const passwordHash = await hashPassword(benchPassword);
  const users = Array.from({ length: count }, (_, u) => ({
    name: `reader-${String(u + 1).padStart(4, '0')}`,
    password_hash: passwordHash,
    role: u === 0 ? ('owner' as const) : ('member' as const),
    unfollowed_policy: rnd() < 0.6 ? ('hide' as const) : ('show' as const),
  }));
  const rows = await db.insertInto('users').values(users).returning('id').execute();
  const progress: Array<{ user_id: number; show_id: string; watched_through: number }> = [];
  const reveals: Array<{ user_id: number; item_id: string }> = [];
  const reads: Array<{ user_id: number; item_id: string }> = [];
  const stars: Array<{ user_id: number; item_id: string }> = [];
  for (const { id } of rows) {
    const followed = new Set<number>();
    for (let k = 1 + int(8); k > 0; k--) followed.add(Math.min(int(shows.length), int(shows.length)));
    for (const k of followed)
      progress.push({ user_id: id, show_id: shows[k].id, watched_through: int(shows[k].episodeCount + 1) });
    const revealed = new Set<string>();
    for (let k = int(5); k > 0; k--) revealed.add(itemIds[int(itemIds.length)]);
    for (const item_id of revealed) reveals.push({ user_id: id, item_id });
    if (!newestIds?.length) continue;
    const read = new Set<string>();
    for (let k = int(600); k > 0; k--) read.add(newestIds[int(newestIds.length)]);
    for (let k = int(100); k > 0; k--) read.add(itemIds[int(itemIds.length)]);
    for (const item_id of read) reads.push({ user_id: id, item_id });
    const starred = new Set<string>();
    for (let k = int(10); k > 0; k--) starred.add(itemIds[int(itemIds.length)]);
    for (let k = int(5); k > 0; k--) starred.add(newestIds[int(newestIds.length)]);
    for (const item_id of starred) stars.push({ user_id: id, item_id });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < progress.length; i += 1000)
      await trx
        .insertInto('progress')
        .values(progress.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < reveals.length; i += 1000)
      await trx
        .insertInto('reveals')
        .values(reveals.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < reads.length; i += 1000)
      await trx
        .insertInto('item_reads')
        .values(reads.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < stars.length; i += 1000)
      await trx
        .insertInto('item_stars')
        .values(stars.slice(i, i + 1000))
        .execute();
  });
  return rows.length;
}
