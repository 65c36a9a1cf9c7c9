import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtureReader, type FixtureName, readerWith, storeReaderFixtures } from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { countUnread } from './item-state.js';
import { readFeed } from './read-feed.js';
import { readItem } from './read-item.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import { renderSafeFeed } from './safe-feed.js';

const show = 'my-liberation-notes';
const at = (episode: number, unsurePolicy: 'hide' | 'warn'): Reader => {
  const reader = readerWith({ [show]: episode });
  return { ...reader, state: { ...reader.state, unsurePolicy } };
};

/**
 * The policy for unsure horizons, through the reader's services and the store's gated queries on both databases.
 * The recap of episode 11 is made unsure (its episode a guess, confidence 0.6); the behind-the-scenes video of
 * episode 11 stays sure.
 */
for (const target of storageTargets) {
  describe.skipIf(!target.available)(`unsure horizons on ${target.name}`, () => {
    let database: Database;
    let deps: ReaderDeps;
    let ids: Record<FixtureName, string>;
    beforeAll(async () => {
      database = await target.open();
      ({ deps, ids } = await storeReaderFixtures(database));
      await addFixtureReader(database.db);
      await database.db
        .updateTable('item_horizons')
        .set({ confidence: 0.6 })
        .where('item_id', '=', ids.recap11)
        .execute();
      await database.db
        .updateTable('item_horizons')
        .set({ confidence: 0.9 })
        .where('item_id', '=', ids.video11)
        .execute();
    }, 180_000);
    afterAll(() => database?.close());

    it.each<[string, Reader, 'shown' | 'warned' | 'hidden', 'shown' | 'warned' | 'hidden']>([
      ['at ep. 10, hiding unsure horizons', at(10, 'hide'), 'hidden', 'hidden'],
      ['at ep. 10, warning of unsure horizons', at(10, 'warn'), 'warned', 'hidden'],
      ['at ep. 11, warning of unsure horizons', at(11, 'warn'), 'shown', 'shown'],
    ])('%s: the unsure recap is %s, the sure video %s', async (_name, reader, recap, video) => {
      const { entries } = await readFeed(deps, reader, {});
      const state = (id: string) => {
        const e = entries.find((x) => x.id === id)!;
        return e.hidden ? 'hidden' : e.warnings?.length ? 'warned' : 'shown';
      };
      expect([state(ids.recap11), state(ids.video11)]).toEqual([recap, video]);
    });

    it('filters by kind over what the policy shows (the store and the gate agree)', async () => {
      const recaps = async (reader: Reader) =>
        (await readFeed(deps, reader, { kind: 'recap' })).entries.map((e) => [e.id, e.hidden]);
      expect(await recaps(at(10, 'hide'))).toEqual([]);
      expect(await recaps(at(10, 'warn'))).toEqual([[ids.recap11, false]]);
    });

    it('counts an item shown with a warning as unread, on the whole feed and on its show', async () => {
      const hide = await countUnread(deps, at(10, 'hide'));
      const warn = await countUnread(deps, at(10, 'warn'));
      expect(warn.unread - hide.unread).toBe(1);
      expect((warn.byShow[show] ?? 0) - (hide.byShow[show] ?? 0)).toBe(1);
      const ofShow = await countUnread(deps, at(10, 'warn'), show);
      expect(ofShow.unread - (await countUnread(deps, at(10, 'hide'), show)).unread).toBe(1);
    });

    it('gives the item page the warning, naming the show and the episodes', async () => {
      const item = await readItem(deps, at(10, 'warn'), ids.recap11);
      expect(item.hidden).toBe(false);
      if (item.hidden) return;
      expect(item.warnings).toEqual([
        {
          showId: show,
          showTitle: 'My Liberation Notes',
          throughEpisode: 11,
          watched: 10,
          text: 'may reveal My Liberation Notes ep. 11 (the analyser is unsure of the episode); you are at ep. 10',
        },
      ]);
      const hidden = await readItem(deps, at(10, 'hide'), ids.recap11);
      expect(hidden.hidden && hidden.reasons[0]).toMatchObject({ throughEpisode: 11, unsure: true });
    });

    it('puts the warning first in the safe feed, as the card does', async () => {
      const options = { hiddenItems: 'omit', origin: 'https://h.example', self: 'https://h.example/f' } as const;
      const recap = (feed: { items: Array<{ id: string; title: string; content_text: string }> }) =>
        feed.items.find((i) => i.id === `https://h.example/items/${ids.recap11}`);
      const json = (policy: 'hide' | 'warn') =>
        renderSafeFeed(deps, at(10, policy), { ...options, format: 'json' }).then((t) => JSON.parse(t));
      expect(recap(await json('hide'))).toBeUndefined();
      const warned = recap(await json('warn'))!;
      expect(warned.title.startsWith('⚠ ')).toBe(true);
      expect(warned.content_text).toMatch(/^may reveal My Liberation Notes ep\. 11 \(the analyser is unsure/);
      const atom = await renderSafeFeed(deps, at(10, 'warn'), { ...options, format: 'atom' });
      expect(atom).toContain('may reveal My Liberation Notes ep. 11');
    });
  });
}
