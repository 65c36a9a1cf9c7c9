import type { Kysely } from 'kysely';
import type { Catalog } from '../catalog/catalog-schema.js';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { AppError } from '../errors/app-error.js';
import { readCatalog, writeCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { resolveSyncedShow } from './resolve-synced-show.js';
import type { SyncedShow } from './synced-show.js';

export interface ShowSyncResult {
  showId: string;
  title: string;
  status: 'added' | 'updated' | 'unchanged';
  /** The show's fields whose value changed (title, aliases, episodes, ...). */
  fields: string[];
  notes: string[];
}

/**
 * Stores one synced show with its network and people, in one transaction: matched to the stored entries, validated
 * like a catalog file, merged fact by fact (facts from files are kept). On any problem nothing is written.
 */
export async function syncShow(db: Kysely<DB>, synced: SyncedShow, current?: Catalog): Promise<ShowSyncResult> {
  const catalog = current ?? (await readCatalog(db));
  const resolved = resolveSyncedShow(synced, catalog);
  const result = validateCatalog(resolved.catalog, {
    people: new Set(catalog.people.map((p) => p.id)),
    networks: new Set(catalog.networks.map((n) => n.id)),
  });
  if (!result.ok)
    throw new AppError('catalog.invalid', `${synced.title}: the synced entry is not valid`, {
      details: result.problems,
    });
  const { changes } = await writeCatalog(db, result.catalog, synced.source);
  const change = changes.find((c) => c.kind === 'shows' && c.id === resolved.showId);
  const peopleChanged = changes.some((c) => c.kind !== 'shows');
  return {
    showId: resolved.showId,
    title: synced.title,
    status: change ? (change.added ? 'added' : 'updated') : peopleChanged ? 'updated' : 'unchanged',
    fields: change?.fields ?? [],
    notes: resolved.notes,
  };
}
