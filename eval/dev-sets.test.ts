import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../src/catalog/catalog-schema.js';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { characterKey } from '../src/link/catalog-view.js';
import { type LinkRow, loadDevSet, type SpoilerRow } from './load-dev-set.js';

const parsed = validateCatalog(
  JSON.parse(readFileSync(new URL('../data/starter-catalog.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const catalog = parsed.catalog;
const shows = new Map(catalog.shows.map((s) => [s.id, s]));
const hanguls = new Set(catalog.people.map((p) => p.hangul));
const networks = new Set(catalog.networks.map((n) => n.id));
const characters = new Set(catalog.shows.flatMap((s) => (s.cast ?? []).map((c) => characterKey(s.id, c))));
const linkRows = loadDevSet<LinkRow>(new URL('./link-dev.jsonl', import.meta.url));
const spoilerRows = loadDevSet<SpoilerRow>(new URL('./spoiler-dev.jsonl', import.meta.url));
const linkHoldout = loadDevSet<LinkRow>(new URL('./link-holdout.jsonl', import.meta.url));
const spoilerHoldout = loadDevSet<SpoilerRow>(new URL('./spoiler-holdout.jsonl', import.meta.url));
const kinds = ['preair', 'recap', 'review', 'bts', 'preview', 'ratings', 'finale', 'news', 'other'];

describe('the linking dev set', () => {
  it('has at least 80 rows with unique ids', () => {
    expect(linkRows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(linkRows.map((r) => r.id)).size).toBe(linkRows.length);
  });

  it.each([...linkRows, ...linkHoldout].map((r) => [r.id, r] as const))(
    '%s expects only catalog entities',
    (_id, row) => {
      expect(row.text.trim()).not.toBe('');
      for (const s of row.expect.shows ?? []) expect(shows.has(s), s).toBe(true);
      for (const p of row.expect.people ?? []) expect(hanguls.has(p), p).toBe(true);
      for (const n of row.expect.networks ?? []) expect(networks.has(n), n).toBe(true);
      for (const c of row.expect.characters ?? [])
        expect(characters.has(`${c.show}/${c.hangul ?? c.name}`), JSON.stringify(c)).toBe(true);
    },
  );
});

describe('the spoiler dev set', () => {
  it('has at least 80 rows with unique ids, and every kind at least 3 times', () => {
    expect(spoilerRows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(spoilerRows.map((r) => r.id)).size).toBe(spoilerRows.length);
    for (const kind of kinds.filter((k) => k !== 'other'))
      expect(spoilerRows.filter((r) => r.expect.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  it.each([...spoilerRows, ...spoilerHoldout].map((r) => [r.id, r] as const))(
    '%s is labelled within the catalog',
    (_id, row) => {
      expect(kinds).toContain(row.expect.kind);
      if (row.published !== null) expect(isoDate.safeParse(row.published).success, row.published).toBe(true);
      for (const [show, horizon] of Object.entries(row.expect.horizons)) {
        expect(shows.has(show), show).toBe(true);
        if (horizon !== null) {
          expect(horizon).toBeGreaterThanOrEqual(1);
          expect(horizon).toBeLessThanOrEqual(shows.get(show)!.episodeCount);
        }
      }
    },
  );
});
