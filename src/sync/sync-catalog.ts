import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import { AppError, isAppError } from '../errors/app-error.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { clearSyncCursor, readSyncCursor, saveSyncCursor } from '../store/sync-repository.js';
import { createSyncSource } from './create-sync-source.js';
import { resolveShowRef } from './resolve-show-ref.js';
import { type ShowSyncResult, syncShow } from './sync-show.js';
import type { SourceRef, SyncSource } from './synced-show.js';
import type { SourceOptions } from './tmdb-source.js';

export interface SyncOptions extends SourceOptions {
  /** One show: a source id (TMDB id, QID), a catalog id, or a title. */
  show?: string;
  /** Only shows airing on or after this date (YYYY-MM-DD). */
  since?: string | null;
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface SyncSummary {
  source: string;
  added: number;
  updated: number;
  unchanged: number;
  failed: Array<{ ref: string; reason: string }>;
  results: ShowSyncResult[];
  /** The page a listing sync started from when it resumed an interrupted one. */
  resumedFromPage?: number;
  /** Why the sync stopped early (bad key, source down); the next run resumes where it stopped. */
  interrupted?: { code: string; message: string };
}

/** Errors after which no further request can succeed now: the run stops (and resumes next time). */
const fatal = new Set(['sync.unauthorized', 'sync.unavailable', 'sync.rate-limited', 'sync.not-configured']);

/**
 * Syncs the catalog from one source: one show (`show`), or every Korean series the source lists (since `since`),
 * page by page, remembering the next page so an interrupted sync resumes where it stopped. A failing show is
 * reported with its reason and the rest continue.
 */
export async function syncCatalog(
  db: Kysely<DB>,
  config: Config,
  sourceName: string,
  options: SyncOptions = {},
): Promise<SyncSummary> {
  const source = createSyncSource(sourceName, config, options);
  const summary: SyncSummary = { source: source.name, added: 0, updated: 0, unchanged: 0, failed: [], results: [] };
  if (options.show) {
    const ref = await resolveShowRef(source, options.show, await readCatalog(db));
    await syncOne(db, source, ref, summary);
    if (summary.interrupted)
      throw new AppError(summary.interrupted.code as 'sync.unavailable', summary.interrupted.message);
    return summary;
  }
  const since = options.since ?? null;
  const cursor = await readSyncCursor(db, source.name);
  let page = cursor && cursor.since === since ? cursor.page : 1;
  if (page > 1) summary.resumedFromPage = page;
  let done = 0;
  for (let totalPages = page; page <= totalPages; page++) {
    let refs: SourceRef[];
    try {
      ({ refs, totalPages } = await source.listPage(page, since));
    } catch (error) {
      summary.interrupted = describe(error);
      await saveSyncCursor(db, source.name, { since, page });
      return summary;
    }
    for (const ref of refs) {
      options.onProgress?.(done, done + refs.length * (totalPages - page + 1), String(ref));
      await syncOne(db, source, ref, summary);
      done++;
      if (summary.interrupted) {
        await saveSyncCursor(db, source.name, { since, page });
        return summary;
      }
    }
    await saveSyncCursor(db, source.name, { since, page: page + 1 });
  }
  await clearSyncCursor(db, source.name);
  return summary;
}

async function syncOne(db: Kysely<DB>, source: SyncSource, ref: SourceRef, summary: SyncSummary): Promise<void> {
  try {
    const catalog = await readCatalog(db);
    const known = new Set(catalog.people.map((p) => p.ids?.[source.name]).filter((x) => x !== undefined));
    const result = await syncShow(db, await source.fetchShow(ref, known), catalog);
    summary[result.status]++;
    summary.results.push(result);
  } catch (error) {
    const { code, message } = describe(error);
    summary.failed.push({ ref: String(ref), reason: message });
    if (fatal.has(code)) summary.interrupted = { code, message };
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (isAppError(error))
    return { code: error.code, message: [error.message, ...(error.details ?? []).slice(0, 3)].join('; ') };
  throw error;
}
