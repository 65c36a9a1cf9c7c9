import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from './open-database.js';
import { listUnknownTitles, recordUnknownTitles, removeUnknownTitle } from './unknown-titles-repository.js';

describe.each(storageTargets)('unknown titles on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (target.available) database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('counts each title once per item and keeps five samples', async () => {
    for (let i = 1; i <= 7; i++)
      await recordUnknownTitles(database.db, {
        itemId: `item-${i}`,
        itemTitle: `Item ${i}`,
        url: `https://example.test/${i}`,
        titles: i % 2 ? ['Doctor Slump', { title: 'Good Bad Mother' }] : ['Doctor-Slump'],
      });
    await recordUnknownTitles(database.db, {
      itemId: 'item-1',
      itemTitle: 'Item 1',
      url: null,
      titles: ['Doctor Slump'],
    });
    const rows = await listUnknownTitles(database.db);
    expect(rows.map((r) => [r.key, r.title, r.count])).toEqual([
      ['doctorslump', 'Doctor Slump', 7],
      ['goodbadmother', 'Good Bad Mother', 4],
    ]);
    expect(rows[0].samples.map((s) => s.itemId)).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5']);
    expect(rows[0].samples[0]).toEqual({ itemId: 'item-1', title: 'Item 1', url: 'https://example.test/1' });
    expect(rows[0].lastSeen.getTime()).toBeGreaterThanOrEqual(rows[0].firstSeen.getTime());
  });

  it.runIf(target.available)('ignores empty titles and forgets a title once it is added', async () => {
    await recordUnknownTitles(database.db, { itemId: 'x', itemTitle: null, url: null, titles: ['  ', '!!'] });
    expect(await removeUnknownTitle(database.db, 'doctor slump')).toBe(true);
    expect(await removeUnknownTitle(database.db, 'doctor slump')).toBe(false);
    expect((await listUnknownTitles(database.db)).map((r) => r.key)).toEqual(['goodbadmother']);
  });
});
