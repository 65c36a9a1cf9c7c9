import type { SourceIds } from '../catalog/catalog-schema.js';
import { canonicalIds } from './catalog-rows.js';
import type { FactSource, Provenance } from './db-types.js';

export type EntryKind = 'networks' | 'people' | 'shows';

/**
 * The facts of each kind of entry whose provenance is kept. A show's episodes and its weekly schedule are one fact:
 * both say when episodes air, so whoever gives one gives both.
 */
export const factGroups: Record<EntryKind, string[][]> = {
  networks: [['name'], ['hangul'], ['aliases']],
  people: [['name'], ['hangul'], ['aliases']],
  shows: [
    ['title'],
    ['hangul'],
    ['aliases'],
    ['network'],
    ['episodeCount'],
    ['episodes', 'schedule'],
    ['splitBroadcast'],
    ['firstAirDate'],
    ['lastAirDate'],
    ['cast'],
    ['crew'],
  ],
};

export interface Facts<T> {
  entry: T;
  provenance: Provenance;
}

export interface MergedFacts<T> extends Facts<T> {
  /** The fields whose value differs from the stored entry's (all present fields for a new entry). */
  changed: string[];
}

type Entry = { id: string; ids?: SourceIds } & Record<string, unknown>;

const isAuthoritative = (s: FactSource | undefined) => s === 'file' || s === 'starter';
const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

/**
 * Merges an incoming entry over the stored one, fact by fact. A file import (or the starter catalog) gives every fact
 * it has and keeps synced facts it lacks; a sync never replaces a fact entered by hand or imported from a file, and
 * keeps the stored facts it lacks. Source ids are merged, the incoming ones winning.
 */
export function mergeFacts<T extends Entry>(
  kind: EntryKind,
  incoming: T,
  stored: Facts<T> | undefined,
  source: FactSource,
): MergedFacts<T> {
  const merged: Record<string, unknown> = { id: incoming.id };
  const provenance: Provenance = {};
  const take = (from: Entry, fields: string[], prov: (f: string) => FactSource | undefined) => {
    for (const f of fields) {
      if (!present(from[f])) continue;
      merged[f] = from[f];
      const p = prov(f);
      if (p) provenance[f] = p;
    }
  };
  const old = stored?.entry;
  for (const group of factGroups[kind]) {
    const incomingHas = group.some((f) => present(incoming[f]));
    const storedAuthoritative = !!old && group.some((f) => present(old[f]) && isAuthoritative(stored.provenance[f]));
    const storedSynced = !!old && group.some((f) => present(old[f])) && !storedAuthoritative;
    const keepStored = isAuthoritative(source) ? !incomingHas && storedSynced : storedAuthoritative || !incomingHas;
    if (keepStored && old) take(old, group, (f) => stored.provenance[f] ?? source);
    else if (incomingHas) take(incoming, group, () => source);
  }
  const ids = canonicalIds({ ...old?.ids, ...incoming.ids });
  const entry = { id: incoming.id, ...ids, ...merged } as unknown as T;
  const changed = [...Object.keys(ids), ...factGroups[kind].flat()].filter(
    (f) => JSON.stringify(old?.[f]) !== JSON.stringify((entry as Entry)[f]),
  );
  return { entry, provenance, changed };
}
