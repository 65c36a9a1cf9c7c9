import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog-schema.js';
import { mapTmdbShow } from './map-tmdb-show.js';
import { resolveSyncedShow } from './resolve-synced-show.js';
import { tmdbPersonSchema, tmdbShowSchema } from './tmdb-schemas.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** The fixture show with its crew credits: writer Park Hae-young (박해영), director Kim Seok-yoon (김석윤). */
function showWithCrew() {
  const raw = read('tmdb-tv.json');
  raw.created_by = [];
  raw.aggregate_credits.crew = [
    { id: 900303, name: 'Park Hae-young', jobs: [{ job: 'Writer', episode_count: 16 }] },
    { id: 900304, name: 'Kim Seok-yoon', jobs: [{ job: 'Director', episode_count: 16 }] },
    { id: 900305, name: 'Someone Else', jobs: [{ job: 'Editor', episode_count: 16 }] },
  ];
  const people = new Map(
    [
      read('tmdb-person-900301.json'),
      read('tmdb-person-900302.json'),
      { id: 900303, name: 'Park Hae-young', also_known_as: ['박해영'] },
      { id: 900304, name: 'Kim Seok-yoon', also_known_as: ['김석윤'] },
    ].map((p) => [p.id, tmdbPersonSchema.parse(p)]),
  );
  return mapTmdbShow(tmdbShowSchema.parse(raw), [tmdbSeason()], people);
}

const tmdbSeason = () => read('tmdb-season-1.json');

describe('TMDB crew', () => {
  it('keeps directors and writers with their Hangul names, and no other jobs', () => {
    expect(showWithCrew().crew?.map((c) => [c.person.name, c.person.hangul, c.role])).toEqual([
      ['Park Hae-young', '박해영', 'writer'],
      ['Kim Seok-yoon', '김석윤', 'director'],
    ]);
  });

  it('adds the crew to the show, and never takes a namesake for a credit by the Hangul alone', () => {
    const current: Catalog = {
      networks: [{ id: 'jtbc', name: 'JTBC' }],
      // Someone else of the same Hangul name, spelt otherwise.
      people: [{ id: 'kim-suk-yun', name: 'Kim Suk-yun', hangul: '김석윤' }],
      shows: [],
    };
    const resolved = resolveSyncedShow(showWithCrew(), current);
    expect(resolved.catalog.shows[0].crew).toEqual([
      { person: 'park-hae-young', role: 'writer' },
      { person: 'kim-seok-yoon', role: 'director' },
    ]);
  });
});
