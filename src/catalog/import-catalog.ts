import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import { readCatalog, type UpsertReport, upsertCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { validateCatalog } from './validate-catalog.js';

export interface ImportCatalogInput {
  /** The file's text (JSON). */
  text: string;
  /** Where it came from, for messages: a file name or "stdin". */
  origin: string;
  source?: string;
}

/**
 * Validates a catalog file and stores it. On any problem nothing is imported and the error lists every problem with
 * its JSON path; otherwise new entries are added and changed ones updated in place.
 */
export async function importCatalog(db: Kysely<DB>, input: ImportCatalogInput): Promise<UpsertReport> {
  if (!input.text.trim()) throw new AppError('input.empty', `${input.origin}: the catalog file is empty`);
  let json: unknown;
  try {
    json = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('catalog.invalid', `${input.origin}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  const stored = await readCatalog(db);
  const result = validateCatalog(json, {
    people: new Set(stored.people.map((p) => p.id)),
    networks: new Set(stored.networks.map((n) => n.id)),
  });
  if (!result.ok)
    throw new AppError(
      'catalog.invalid',
      `${input.origin}: ${countOf(result.problems.length, 'problem')}; nothing was imported`,
      {
        details: result.problems,
      },
    );
  return upsertCatalog(db, result.catalog, input.source ?? 'file');
}
