import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../test/storage-targets.js';
import { loadDemoItems } from '../demo/load-demo-items.js';
import type { Database } from '../store/open-database.js';
import { type ApiTestApp, openApiTestApp } from './api/api-test-app.js';

/**
 * The words an item could be told by: of its title, GUID (a demo item's name, `demo-mln-ep12-bts`) and URL. Words of
 * hex letters only (`bad`, `12`) are left out: every id is 24 hex digits, where those turn up by chance; an id of that
 * form cannot hold any other word.
 */
function wordsOf(item: { title: string; guid: string | null; url: string | null }): string[] {
  return [item.title, item.guid ?? '', item.url ?? '']
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !/^[0-9a-f]+$/.test(w));
}

/**
 * The attribute values of each hidden card on a page that carry its id: HTML id, data-item, form action, links to the
 * item. (Its reasons name the show it would spoil, and link to that show's progress, on purpose.)
 */
function hiddenCardAttributes(page: string): string[] {
  const cards = page.match(/<article class="hidden-card"[\s\S]*?<\/article>/g) ?? [];
  return cards.flatMap((card) =>
    [...card.matchAll(/\b(?:id|data-item|action|href)="([^"]*)"/g)]
      .map((m) => m[1])
      .filter((v) => !v.startsWith('/shows/')),
  );
}

describe('item ids that say nothing', () => {
  let database: Database;
  let t: ApiTestApp;
  let items: Array<{ id: string; title: string; guid: string | null; url: string | null }>;
  beforeAll(async () => {
    database = await openMemoryDatabase();
    t = await openApiTestApp(database);
    await loadDemoItems(t.deps.ingest);
    items = await database.db.selectFrom('items').select(['id', 'title', 'guid', 'url']).execute();
  });
  afterAll(async () => database?.close());

  it('gives every item, demo or from a feed, an id of 24 hex digits', () => {
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(item.id, item.title).toMatch(/^[0-9a-f]{24}$/);
  });

  it('puts no word of an item in the id, form action or links of its hidden card (HTML and JSON)', async () => {
    const json = (await (await t.bo.call('GET', '/api/feed?limit=100')).json()) as {
      entries: Array<{ id: string; hidden: boolean }>;
    };
    const hiddenIds = json.entries.filter((e) => e.hidden).map((e) => e.id);
    expect(hiddenIds.length).toBeGreaterThan(5);
    const page = await (await t.bo.call('GET', '/', { headers: { accept: 'text/html' } })).text();
    const attributes = hiddenCardAttributes(page);
    expect(attributes.length).toBeGreaterThan(5);
    expect(attributes.some((a) => a === `/items/${hiddenIds[0]}/reveal`)).toBe(true);
    const words = items.flatMap(wordsOf);
    for (const value of [...hiddenIds, ...attributes])
      for (const word of words) expect(value.toLowerCase().includes(word), `${value} holds "${word}"`).toBe(false);
  });

  it('keeps reveal working with the opaque id', async () => {
    const json = (await (await t.bo.call('GET', '/api/feed?limit=100')).json()) as {
      entries: Array<{ id: string; hidden: boolean }>;
    };
    const id = json.entries.find((e) => e.hidden)!.id;
    const res = await t.bo.call('POST', `/items/${id}/reveal`, {
      raw: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    const item = (await (await t.bo.call('GET', `/api/items/${id}`)).json()) as { id: string; hidden: boolean };
    expect(item).toMatchObject({ id, hidden: false });
  });

  it('loading the demo again finds the stored items by their name and adds nothing', async () => {
    expect(await loadDemoItems(t.deps.ingest)).toMatchObject({ added: 0 });
  });
});
