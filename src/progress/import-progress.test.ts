import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { Database } from '../store/open-database.js';
import { getProgress, setProgress } from '../store/progress-repository.js';
import { insertUser } from '../store/users-repository.js';
import { exportProgress, importProgress } from './import-progress.js';
import { readCsv } from './read-csv.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const catalog = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');

describe('readCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"x, y","say ""hi"""\r\n', [['x, y', 'say "hi"']]],
    ['"two\nlines",z', [['two\nlines', 'z']]],
    [
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\n\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
  ])('%j', (text, rows) => {
    expect(readCsv(text)).toEqual(rows);
  });
});

describe('importing watched progress', () => {
  let database: Database;
  let linker: Linker;
  let userId = 0;
  const deps = () => ({ db: database.db, linker: () => linker });
  beforeAll(async () => {
    database = await openMemoryDatabase();
    await importCatalog(database.db, { text: catalog, origin: 'small-catalog.json' });
    linker = buildLinker(await readCatalog(database.db));
  });
  afterAll(async () => database?.close());
  const freshUser = async () => {
    userId = (
      await insertUser(database.db, {
        name: `u${Math.random().toString(36).slice(2, 8)}`,
        passwordHash: 'h',
        role: 'member',
      })
    ).id;
  };

  it('reads a Trakt history: the highest episode per show, movies left out, the rest reported', async () => {
    await freshUser();
    const report = await importProgress(deps(), userId, fixture('trakt-history.json'), 'trakt-history.json');
    expect(report.format).toBe('trakt-history');
    expect(report.matched).toEqual([
      {
        where: '[0]',
        title: 'My Liberation Notes',
        showId: 'my-liberation-notes',
        showTitle: 'My Liberation Notes',
        watchedThrough: 6,
      },
    ]);
    expect(report.unmatched).toEqual([
      { where: '[2]', title: 'Extraordinary Attorney Woo', reason: 'no show of the catalog has this title' },
    ]);
    expect(await getProgress(database.db, userId)).toEqual(new Map([['my-liberation-notes', 6]]));
  });

  it("reads Trakt's watched shows", async () => {
    await freshUser();
    const report = await importProgress(deps(), userId, fixture('trakt-watched-shows.json'), 'watched-shows.json');
    expect(report.format).toBe('trakt-watched');
    expect(report.matched.map((m) => [m.showId, m.watchedThrough])).toEqual([['my-liberation-notes', 3]]);
  });

  it('reads a MyDramaList CSV in any spelling (English alias, Hangul), and never lowers progress', async () => {
    await freshUser();
    await setProgress(database.db, userId, 'my-liberation-notes', 12);
    const report = await importProgress(deps(), userId, fixture('mydramalist-list.csv'), 'mdl.csv');
    expect(report.format).toBe('mydramalist');
    expect(report.matched.map((m) => [m.where, m.title, m.showId])).toEqual([
      ['row 2', 'My Liberation Diary', 'my-liberation-notes'],
      ['row 3', '나의 해방일지', 'my-liberation-notes'],
    ]);
    expect(report.unmatched.map((u) => [u.where, u.title])).toEqual([['row 4', 'Twinkling Watermelon']]);
    expect(await getProgress(database.db, userId)).toEqual(new Map([['my-liberation-notes', 12]]));
    await freshUser();
    await importProgress(deps(), userId, fixture('mydramalist-list.csv'), 'mdl.csv');
    // Two rows name the same show (9 and 4 episodes): the further one stands.
    expect(await getProgress(database.db, userId)).toEqual(new Map([['my-liberation-notes', 9]]));
  });

  it('reads a MyDramaList TSV: Completed means the last episode', async () => {
    await freshUser();
    await importProgress(deps(), userId, fixture('mydramalist-list.tsv'), 'mdl.tsv');
    expect(await getProgress(database.db, userId)).toEqual(new Map([['my-liberation-notes', 16]]));
  });

  it('exports progress and reads its own export back', async () => {
    await freshUser();
    await setProgress(database.db, userId, 'my-liberation-notes', 7);
    const file = await exportProgress(deps(), userId, new Date('2024-01-02T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({
      format: 'haebang-progress',
      shows: [{ id: 'my-liberation-notes', watchedThrough: 7 }],
    });
    await freshUser();
    const report = await importProgress(deps(), userId, file, 'progress.json');
    expect(report.format).toBe('haebang');
    expect(await getProgress(database.db, userId)).toEqual(new Map([['my-liberation-notes', 7]]));
  });

  it.each([
    ['', /empty/],
    ['{"not": "an export"}', /neither a Trakt export nor a MyDramaList list/],
    ['[{"broken"', /not valid JSON/],
    ['Status,Rating\nCompleted,9', /Title column/],
  ])('refuses %j with a clear message', async (text, message) => {
    await expect(importProgress(deps(), 1, text, 'file')).rejects.toThrow(message);
  });
});
