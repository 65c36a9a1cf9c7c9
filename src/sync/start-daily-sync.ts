import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import { countOf } from '../i18n/count-of.js';
import type { ReanalyzeSummary } from '../ingest/reanalyze-items.js';
import type { DB } from '../store/db-types.js';
import { syncAiringShows } from './sync-airing-shows.js';
import { readSyncSources } from './sync-sources-setting.js';

const day = 24 * 3600_000;

/**
 * The server's daily catalog sync: shows that are airing get their new episodes' air dates (and any new titles or
 * aliases) before articles about them arrive; when something a text could be linked by changed, stored items are
 * analysed again. The first sync runs a minute after start, then once a day, and only with the sources the owner turned
 * on (`haebang sources on NAME` or Settings): with none on, it contacts nothing.
 */
export function startDailySync(
  db: Kysely<DB>,
  config: Config,
  /** Rebuilds the server's linker and re-analyses the stored items. */
  refreshCatalog: () => Promise<ReanalyzeSummary>,
  log: (line: string) => void = console.log,
  firstDelayMs = 60_000,
): { stop(): void } {
  let running = false;
  let toldOff = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const enabled = await readSyncSources(db);
      if (!enabled.tmdb && !enabled.wikidata) {
        if (!toldOff)
          log(
            'catalog sync: off, every source is (turn one on in Settings or with `haebang sources on wikidata|tmdb`)',
          );
        toldOff = true;
        return;
      }
      const result = await syncAiringShows(db, config, { enabled });
      log(
        `catalog sync: ${countOf(result.changed.length, 'show')} changed, ${result.unchanged.length} unchanged, ${result.failed.length} failed`,
      );
      if (result.changed.length) {
        const summary = await refreshCatalog();
        log(`re-analysed ${countOf(summary.items, 'item')}: ${summary.changed.length} changed`);
      }
    } catch (error) {
      log(`catalog sync failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, firstDelayMs);
  const timer = setInterval(run, day);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
