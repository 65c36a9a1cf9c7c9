import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { UpsertReport } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { getMeta, setMeta } from '../store/meta-repository.js';
import { importCatalog } from './import-catalog.js';

export const starterCatalogUrl = new URL('../../data/starter-catalog.json', import.meta.url);

/**
 * Loads the bundled starter catalog into a database that has never had it, once. Later imports and edits are the
 * user's: the starter catalog is not loaded over them again.
 */
export async function ensureStarterCatalog(db: Kysely<DB>): Promise<UpsertReport | null> {
  if (await getMeta(db, 'starter-catalog-loaded')) return null;
  const report = await importCatalog(db, {
    text: readFileSync(starterCatalogUrl, 'utf8'),
    origin: 'data/starter-catalog.json',
    source: 'starter',
  });
  await setMeta(db, 'starter-catalog-loaded', new Date().toISOString());
  return report;
}
