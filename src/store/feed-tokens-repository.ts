import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

export type HiddenItemsChoice = 'list' | 'omit';

/** Sets (or replaces: a rotation) a user's feed token, kept as its hash only. */
export async function setFeedToken(
  db: Kysely<DB>,
  userId: number,
  tokenHash: string,
  hiddenItems: HiddenItemsChoice,
): Promise<void> {
  await db
    .insertInto('feed_tokens')
    .values({ user_id: userId, token_hash: tokenHash, hidden_items: hiddenItems })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ token_hash: tokenHash, hidden_items: hiddenItems, created_at: new Date() } as never),
    )
    .execute();
}

/** Changes what a user's feed does with hidden items, keeping its token (its URLs go on working); false if none. */
export async function setFeedTokenHiddenItems(
  db: Kysely<DB>,
  userId: number,
  hiddenItems: HiddenItemsChoice,
): Promise<boolean> {
  const r = await db
    .updateTable('feed_tokens')
    .set({ hidden_items: hiddenItems })
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Revokes a user's feed token; false when they had none. */
export async function deleteFeedToken(db: Kysely<DB>, userId: number): Promise<boolean> {
  const r = await db.deleteFrom('feed_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The user a feed token belongs to, with their choice for hidden items; null for a token revoked or never made. */
export async function findFeedToken(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<{ userId: number; hiddenItems: HiddenItemsChoice } | null> {
  const row = await db
    .selectFrom('feed_tokens')
    .select(['user_id', 'hidden_items'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { userId: row.user_id, hiddenItems: row.hidden_items } : null;
}

/** Whether a user has a feed token, and their choice for hidden items. */
export async function readFeedTokenOf(
  db: Kysely<DB>,
  userId: number,
): Promise<{ hiddenItems: HiddenItemsChoice } | null> {
  const row = await db
    .selectFrom('feed_tokens')
    .select('hidden_items')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { hiddenItems: row.hidden_items } : null;
}
