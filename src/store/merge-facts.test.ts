import { describe, expect, it } from 'vitest';
import type { FactSource, Provenance } from './db-types.js';
import { type Facts, mergeFacts } from './merge-facts.js';

type E = { id: string } & Record<string, unknown>;

const stored: Facts<E> = {
  entry: { id: 's', title: 'Old', hangul: '옛', aliases: ['A'], schedule: ['Sat'], episodeCount: 16, network: 'jtbc' },
  provenance: {
    title: 'file',
    hangul: 'file',
    aliases: 'tmdb',
    schedule: 'starter',
    episodeCount: 'file',
    network: 'file',
  } as Provenance,
};
const incoming: E = {
  id: 's',
  ids: { tmdb: 1 },
  title: 'New',
  hangul: '옛',
  aliases: ['B'],
  episodes: [{ number: 1, airDate: '2022-04-09' }],
  episodeCount: 16,
  network: 'jtbc',
};

type Case = [name: string, source: FactSource, expected: Record<string, unknown>, prov: Record<string, string>];
const cases: Case[] = [
  [
    'a sync keeps file facts and replaces synced ones; episodes stay with the file schedule',
    'tmdb',
    { title: 'Old', aliases: ['B'], schedule: ['Sat'], episodes: undefined, ids: { tmdb: 1 } },
    { title: 'file', aliases: 'tmdb', schedule: 'starter' },
  ],
  [
    'a file replaces every fact it has',
    'file',
    { title: 'New', aliases: ['B'], schedule: undefined, episodes: incoming.episodes },
    { title: 'file', aliases: 'file', episodes: 'file' },
  ],
];

describe('mergeFacts', () => {
  it.each(cases)('%s', (_name, source, expected, prov) => {
    const merged = mergeFacts('shows', incoming, stored, source);
    expect(merged.entry).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [k, v] of Object.entries(expected)) if (v === undefined) expect(merged.entry).not.toHaveProperty(k);
    expect(merged.provenance).toMatchObject(prov);
  });

  it('keeps synced facts a file lacks, and says which fields changed', () => {
    const synced: Facts<E> = { ...stored, provenance: { ...stored.provenance, aliases: 'wikidata' } };
    const merged = mergeFacts('shows', { ...incoming, aliases: [] }, synced, 'file');
    expect(merged.entry.aliases).toEqual(['A']);
    expect(merged.provenance.aliases).toBe('wikidata');
    expect(merged.changed).toEqual(['ids', 'title', 'episodes', 'schedule']);
  });

  it('marks every fact of a new entry with its source', () => {
    const merged = mergeFacts('shows', incoming, undefined, 'wikidata');
    expect(Object.values(merged.provenance)).toEqual(Array(6).fill('wikidata'));
  });
});
