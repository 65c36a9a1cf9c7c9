import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import type { FeedEntry } from '../parse/feed-types.js';
import type { DB } from '../store/db-types.js';
import { getMeta, setMetaIfAbsent } from '../store/meta-repository.js';

/** The meta key of this installation's secret for item ids (made on first use, or by migration 0007). */
export const itemIdKeyMetaKey = 'item-id-key';

/**
 * What identifies an entry, digested: its canonical URL, else its feed and GUID, else its feed, title and date. Never
 * shown to anyone (anybody could compute it from a URL they guess); the public id is keyed from it.
 */
export const itemDigestOf = (entry: Pick<FeedEntry, 'url' | 'guid' | 'title' | 'publishedAt'>, feedId: number | null) =>
  createHash('sha256')
    .update(canonicalizeUrl(entry.url) ?? `${feedId}|${entry.guid ?? `${entry.title}|${entry.publishedAt}`}`)
    .digest('hex')
    .slice(0, 24);

/**
 * An item's public id (its HTML id, links, form actions, JSON): 24 hex digits keyed by the installation's secret, so it
 * says nothing about the item, and nobody without the secret can tell from it which URL or title it stands for. The
 * same entry gets the same id again, so stored items are recognised.
 */
export const keyedItemId = (key: string, digest: string) =>
  createHmac('sha256', key).update(digest).digest('hex').slice(0, 24);

const keys = new WeakMap<object, Promise<string>>();

/** This installation's item id secret, made (32 random bytes) and stored on first use. */
export function itemIdKey(db: Kysely<DB>): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = (async () =>
      (await getMeta(db, itemIdKeyMetaKey)) ??
      (await setMetaIfAbsent(db, itemIdKeyMetaKey, randomBytes(32).toString('hex'))))();
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** The public id of an entry in this installation. */
export async function itemIdOf(
  db: Kysely<DB>,
  entry: Pick<FeedEntry, 'url' | 'guid' | 'title' | 'publishedAt'>,
  feedId: number | null,
): Promise<string> {
  return keyedItemId(await itemIdKey(db), itemDigestOf(entry, feedId));
}
