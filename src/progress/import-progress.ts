import type { Kysely } from 'kysely';
import type { Show } from '../catalog/catalog-schema.js';
import { searchCatalog } from '../catalog/search-catalog.js';
import type { Linker } from '../link/build-linker.js';
import type { DB } from '../store/db-types.js';
import { getProgress, setProgress } from '../store/progress-repository.js';
import { type ProgressFormat, readProgressFile } from './read-progress-file.js';

export interface ProgressImportReport {
  format: ProgressFormat;
  matched: Array<{ where: string; title: string; showId: string; showTitle: string; watchedThrough: number }>;
  unmatched: Array<{ where: string; title: string; reason: string }>;
}

interface Deps {
  db: Kysely<DB>;
  linker(): Linker;
}

/** The catalog show an exported entry names: by TMDB id, by haebang id, else by its title in any spelling. */
async function matchShow(deps: Deps, entry: { title: string; year: number | null; tmdbId: number | null }) {
  const linker = deps.linker();
  const shows = [...linker.view.shows.values()];
  if (entry.tmdbId) {
    const byId = shows.find((s) => s.ids?.tmdb === entry.tmdbId);
    if (byId) return byId;
  }
  const byOwnId = linker.view.shows.get(entry.title);
  if (byOwnId) return byOwnId;
  const hits = (await searchCatalog(deps.db, entry.title, 10, linker)).filter((h) => h.kind === 'show');
  const show = (id: string) => linker.view.shows.get(id);
  const named = hits.filter((h) => h.match === 'name').flatMap((h) => show(h.id) ?? []);
  const candidates = hits.flatMap((h) => show(h.id) ?? []);
  const pool = named.length ? named : candidates.filter((s) => isCloseTitle(s, entry.title));
  if (entry.year) {
    const sameYear = pool.find((s) => s.firstAirDate?.startsWith(String(entry.year)));
    if (sameYear) return sameYear;
  }
  return pool.length === 1 || (pool.length > 1 && !entry.year) ? pool[0] : null;
}

/** A fuzzy hit counts only when the titles are the same once case, spaces and punctuation are set aside. */
function isCloseTitle(show: Show, title: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return [show.title, show.hangul, ...(show.aliases ?? [])].some((t) => key(t) === key(title));
}

/**
 * Imports watched progress from another service's export into one user's progress. Each entry matched to a catalog
 * show sets "watched through" (never beyond the show's last episode, never back from further progress here);
 * every entry that matched nothing is reported with its place in the file and the reason.
 */
export async function importProgress(
  deps: Deps,
  userId: number,
  text: string,
  origin: string,
): Promise<ProgressImportReport> {
  const { format, shows } = readProgressFile(text, origin);
  const current = await getProgress(deps.db, userId);
  const report: ProgressImportReport = { format, matched: [], unmatched: [] };
  for (const entry of shows) {
    if (!entry.title) {
      report.unmatched.push({ where: entry.where, title: '', reason: 'no title' });
      continue;
    }
    const show = await matchShow(deps, entry);
    if (!show) {
      report.unmatched.push({
        where: entry.where,
        title: entry.title,
        reason: 'no show of the catalog has this title',
      });
      continue;
    }
    const watchedThrough = Math.max(Math.min(entry.watchedThrough, show.episodeCount), current.get(show.id) ?? 0);
    await setProgress(deps.db, userId, show.id, watchedThrough);
    current.set(show.id, watchedThrough);
    report.matched.push({
      where: entry.where,
      title: entry.title,
      showId: show.id,
      showTitle: show.title,
      watchedThrough,
    });
  }
  return report;
}

/** A user's progress as a file (haebang-progress JSON, which importProgress reads back). */
export async function exportProgress(deps: Deps, userId: number, now = new Date()): Promise<string> {
  const { view } = deps.linker();
  const progress = await getProgress(deps.db, userId);
  const shows = [...progress].map(([id, watchedThrough]) => {
    const show = view.shows.get(id);
    return {
      id,
      title: show?.title ?? id,
      hangul: show?.hangul ?? null,
      tmdb: show?.ids?.tmdb ?? null,
      episodeCount: show?.episodeCount ?? null,
      watchedThrough,
    };
  });
  return `${JSON.stringify({ format: 'haebang-progress', version: 1, exportedAt: now.toISOString(), shows }, null, 2)}\n`;
}
