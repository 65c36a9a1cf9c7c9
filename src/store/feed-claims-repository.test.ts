import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { dueUnclaimedFeeds, withFeedClaim } from './feed-claims-repository.js';
import { insertFeed, recordFetch } from './feeds-repository.js';
import type { Database } from './open-database.js';

// Feed claims are for the PostgreSQL queue's workers (many processes); skipped without a server, failing under CI.
const postgres = storageTargets.find((t) => t.name === 'postgres')!;
let database: Database | null = null;
beforeAll(async () => {
  if (postgres.available) database = await postgres.open();
});
afterAll(async () => {
  await database?.close();
});

describe.runIf(postgres.available)('feed claims', () => {
  it('let one process at a time refresh a feed, and none refresh it again for a due time already served', async () => {
    const db = database!.db;
    const due = new Date('2026-12-01T10:00:00Z');
    const a = (await insertFeed(db, { url: 'https://a.example/feed.xml', nextFetchAt: due }))!;
    const b = (await insertFeed(db, { url: 'https://b.example/feed.xml', nextFetchAt: due }))!;
    const at = new Date('2026-12-01T10:01:00Z');
    expect((await dueUnclaimedFeeds(db, at)).map((f) => f.id)).toEqual([a.id, b.id]);

    const outcome = await withFeedClaim(db, a.id, at, async (feed) => {
      // Held: another claim of the same feed is refused, and planning leaves the feed out.
      expect(await withFeedClaim(db, a.id, at, async () => 'twice')).toEqual({ status: 'busy' });
      expect((await dueUnclaimedFeeds(db, at)).map((f) => f.id)).toEqual([b.id]);
      await recordFetch(db, feed.id, { ok: true, at, next: new Date('2026-12-01T10:31:00Z') });
      return feed.url;
    });
    expect(outcome).toEqual({ status: 'ran', value: 'https://a.example/feed.xml' });
    // Released; refreshed since the job's due time, so a second job for that time does nothing.
    expect(await withFeedClaim(db, a.id, at, async () => 'again')).toEqual({ status: 'done' });
    expect((await dueUnclaimedFeeds(db, at)).map((f) => f.id)).toEqual([b.id]);
    expect(await withFeedClaim(db, 999_999, at, async () => 'gone')).toEqual({ status: 'done' });
    // A failing refresh lets go of the feed too.
    await expect(withFeedClaim(db, b.id, at, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withFeedClaim(db, b.id, at, async () => 'after')).toEqual({ status: 'ran', value: 'after' });
  });
});
