import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { AppError } from '../errors/app-error.js';
import * as m0001 from './migrations/0001-catalog.js';
import * as m0002 from './migrations/0002-items.js';
import * as m0003 from './migrations/0003-catalog-sync.js';
import * as m0004 from './migrations/0004-users.js';
import * as m0005 from './migrations/0005-reader-indexes.js';
import * as m0006 from './migrations/0006-read-state.js';
import * as m0007 from './migrations/0007-opaque-item-ids.js';
import * as m0008 from './migrations/0008-crew.js';
import * as m0010 from './migrations/0010-items-version.js';
import * as m0011 from './migrations/0011-catalog-version.js';
import * as m0012 from './migrations/0012-user-preferences.js';
import * as m0014 from './migrations/0014-numbering-and-unsure-policy.js';
import * as m0016 from './migrations/0016-item-image-credit.js';
import * as m0018 from './migrations/0018-item-search.js';
import * as m0019 from './migrations/0019-marks-version.js';

/** Migrations are listed here in order; the same ones run on PGlite and on PostgreSQL. */
const migrations: Record<string, Migration> = {
  '0001-catalog': m0001,
  '0002-items': m0002,
  '0003-catalog-sync': m0003,
  '0004-users': m0004,
  '0005-reader-indexes': m0005,
  '0006-read-state': m0006,
  '0007-opaque-item-ids': m0007,
  '0008-crew': m0008,
  '0010-items-version': m0010,
  '0011-catalog-version': m0011,
  '0012-user-preferences': m0012,
  '0014-numbering-and-unsure-policy': m0014,
  '0016-item-image-credit': m0016,
  '0018-item-search': m0018,
  '0019-marks-version': m0019,
};

/**
 * True when every migration is recorded as run in the migrator's own table: one query, where the migrator takes a
 * lock and checks its tables first (most of a start-up's database time on PGlite).
 */
async function schemaIsCurrent(db: Kysely<unknown>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const done = new Set(rows.map((r) => r.name));
    return Object.keys(migrations).every((name) => done.has(name));
  } catch {
    return false; // a new database: no migration table yet
  }
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  if (await schemaIsCurrent(db)) return;
  // Unordered: migrations numbered by area land in any order, and a database that ran a later number first still
  // gets the earlier one.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'storage.failed',
      `database migration ${failed} failed: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    );
  }
}
