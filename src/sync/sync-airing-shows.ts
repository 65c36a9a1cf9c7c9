import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import { isAppError } from '../errors/app-error.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import { listAiringShows } from '../store/sync-repository.js';
import { createSyncSource } from './create-sync-source.js';
import { syncShow } from './sync-show.js';
import type { SourceRef, SyncSource } from './synced-show.js';
import type { SourceOptions } from './tmdb-source.js';

export interface AiringSyncOptions extends SourceOptions {
  /** Today as YYYY-MM-DD (tests fix it). */
  today?: string;
  /** Shows whose last air date is at most this many days ago are still synced (default 14). */
  recentDays?: number;
  /** The sources that may be contacted (default: both; the server passes the owner's setting). */
  enabled?: { tmdb: boolean; wikidata: boolean };
}

export interface AiringSyncResult {
  /** Shows whose titles, aliases or episodes changed: analyses naming them should be redone. */
  changed: Array<{ showId: string; fields: string[] }>;
  unchanged: string[];
  failed: Array<{ showId: string; reason: string }>;
}

const relinkFields = new Set(['title', 'hangul', 'aliases', 'episodes', 'schedule', 'episodeCount', 'cast']);

/**
 * The daily sync the server runs: every show whose last air date is unknown, recent or still to come is synced from
 * TMDB when configured (by its TMDB id, else its title; by QID from Wikidata when TMDB does not know it), otherwise
 * from Wikidata (by its QID or title). Returns which shows got new titles, aliases, episodes or cast; a failing show
 * is reported and the rest continue.
 */
export async function syncAiringShows(
  db: Kysely<DB>,
  config: Config,
  options: AiringSyncOptions = {},
): Promise<AiringSyncResult> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - (options.recentDays ?? 14) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const enabled = options.enabled ?? { tmdb: true, wikidata: true };
  const sources: SyncSource[] = [];
  if (enabled.tmdb && (config.tmdbToken || config.tmdbApiKey)) sources.push(createSyncSource('tmdb', config, options));
  if (enabled.wikidata) sources.push(createSyncSource('wikidata', config, options));
  const result: AiringSyncResult = { changed: [], unchanged: [], failed: [] };
  if (!sources.length) return result;
  for (const show of await listAiringShows(db, since)) {
    try {
      const catalog = await readCatalog(db);
      let source = sources[0];
      let ref: SourceRef | null = show.sourceIds[source.name] ?? (await source.findShow(show.title));
      if (ref === null && show.sourceIds.wikidata && source.name !== 'wikidata' && sources[1]) {
        source = sources[1];
        ref = show.sourceIds.wikidata;
      }
      if (ref === null) {
        result.failed.push({ showId: show.id, reason: `${source.name} has no series titled "${show.title}"` });
        continue;
      }
      const known = new Set(catalog.people.map((p) => p.ids?.[source.name]).filter((x) => x !== undefined));
      const synced = await syncShow(db, await source.fetchShow(ref, known), catalog);
      const fields = synced.fields.filter((f) => relinkFields.has(f));
      if (synced.showId !== show.id)
        result.failed.push({ showId: show.id, reason: `matched ${synced.showId} instead` });
      else if (fields.length) result.changed.push({ showId: show.id, fields });
      else result.unchanged.push(show.id);
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.failed.push({ showId: show.id, reason: error.message });
    }
  }
  return result;
}
