import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { readCatalog, searchCatalogText } from './catalog-repository.js';
import type { Database } from './open-database.js';

const fixture = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');

describe.each(storageTargets)('catalog storage on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (!target.available) return;
    database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('imports a catalog and reads it back in the same format', async () => {
    const report = await importCatalog(database.db, { text: fixture, origin: 'small-catalog.json' });
    expect(report.shows).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(report.people.added).toBe(4);
    const catalog = await readCatalog(database.db);
    const show = catalog.shows[0];
    expect(show).toMatchObject({
      id: 'my-liberation-notes',
      network: 'jtbc',
      episodeCount: 16,
      schedule: ['Sat', 'Sun'],
    });
    expect(show.cast?.map((c) => c.characterHangul)).toEqual(['염창희', '염미정', '염기정', '구씨']);
  });

  it.runIf(target.available)('changes nothing when the same file is imported again', async () => {
    const report = await importCatalog(database.db, { text: fixture, origin: 'small-catalog.json' });
    expect(report).toEqual({
      networks: { added: 0, updated: 0, unchanged: 2 },
      people: { added: 0, updated: 0, unchanged: 4 },
      shows: { added: 0, updated: 0, unchanged: 1 },
    });
  });

  it.runIf(target.available)('updates a changed entry in place', async () => {
    const changed = JSON.parse(fixture);
    changed.shows[0].episodes = [{ number: 16, airDate: '2022-05-29', rating: 6.7 }];
    changed.people[0].aliases = ['Son Seok-koo'];
    const report = await importCatalog(database.db, { text: JSON.stringify(changed), origin: 'v2.json' });
    expect(report.shows.updated).toBe(1);
    expect(report.people).toEqual({ added: 0, updated: 1, unchanged: 3 });
    const catalog = await readCatalog(database.db);
    expect(catalog.shows[0].episodes).toEqual([{ number: 16, airDate: '2022-05-29', rating: 6.7 }]);
  });

  it.runIf(target.available)('keeps a show’s crew, in order, and changes nothing on the same crew again', async () => {
    const withCrew = JSON.parse(fixture);
    withCrew.people.push(
      { id: 'park-hae-young', name: 'Park Hae-young', hangul: '박해영' },
      { id: 'kim-seok-yoon', name: 'Kim Seok-yoon', hangul: '김석윤' },
    );
    withCrew.shows[0].crew = [
      { person: 'park-hae-young', role: 'writer' },
      { person: 'kim-seok-yoon', role: 'director' },
    ];
    const first = await importCatalog(database.db, { text: JSON.stringify(withCrew), origin: 'crew.json' });
    expect(first.shows.updated).toBe(1);
    expect((await readCatalog(database.db)).shows[0].crew).toEqual(withCrew.shows[0].crew);
    const again = await importCatalog(database.db, { text: JSON.stringify(withCrew), origin: 'crew.json' });
    expect(again.shows).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it.runIf(target.available)('imports nothing from a file with problems, and lists each with its path', async () => {
    const bad = JSON.parse(fixture);
    bad.shows[0].cast[1].person = 'nobody';
    bad.shows[0].episodeCount = 'sixteen';
    bad.people.push({ id: 'new-person', name: 'New Person', hangul: '새사람' });
    const error = await importCatalog(database.db, { text: JSON.stringify(bad), origin: 'bad.json' }).catch((e) => e);
    expect(error.code).toBe('catalog.invalid');
    expect(error.details).toEqual(['$.shows[0].episodeCount: Invalid input: expected number, received string']);
    bad.shows[0].episodeCount = 16;
    const error2 = await importCatalog(database.db, { text: JSON.stringify(bad), origin: 'bad.json' }).catch((e) => e);
    expect(error2.details).toEqual(['$.shows[0].cast[1].person: unknown person "nobody"']);
    const catalog = await readCatalog(database.db);
    expect(catalog.people.map((p) => p.id)).not.toContain('new-person');
  });

  it.runIf(target.available)('finds people and shows by fragments with trigram search', async () => {
    const hits = await searchCatalogText(database.db, 'Liberation');
    expect(hits[0]).toMatchObject({ kind: 'show', id: 'my-liberation-notes' });
    const hangul = await searchCatalogText(database.db, '손석구');
    expect(hangul[0]).toMatchObject({ kind: 'person', id: 'son-suk-ku' });
  });
});
