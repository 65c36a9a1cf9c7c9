import { AppError } from '../errors/app-error.js';
import { readCsv } from './read-csv.js';

/** One show's progress as another service exported it, before it is matched to the catalog. */
export interface ForeignProgress {
  /** Where in the file (e.g. "row 4", "history[12]"), for the report. */
  where: string;
  title: string;
  year: number | null;
  tmdbId: number | null;
  /** The last episode watched (0: listed, nothing watched). */
  watchedThrough: number;
}

export type ProgressFormat = 'trakt-history' | 'trakt-watched' | 'mydramalist' | 'haebang';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Keeps the highest episode per show (a history lists every episode watched, a rewatch too). */
function merge(list: ForeignProgress[]): ForeignProgress[] {
  const byKey = new Map<string, ForeignProgress>();
  for (const p of list) {
    const key = p.tmdbId ? `tmdb:${p.tmdbId}` : `title:${p.title.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen || p.watchedThrough > seen.watchedThrough) byKey.set(key, seen ? { ...p, where: seen.where } : p);
  }
  return [...byKey.values()];
}

/** Trakt's history (GET /sync/history, the export's watched-history.json): one entry per episode watched. */
function readTraktHistory(items: unknown[]): ForeignProgress[] {
  return merge(
    items.flatMap((item, i) => {
      if (!isObject(item) || item.type !== 'episode' || !isObject(item.show) || !isObject(item.episode)) return [];
      const season = num(item.episode.season);
      const number = num(item.episode.number);
      // Korean dramas are one season on Trakt; specials (season 0) and later seasons name other catalog entries.
      if (season !== 1 || number === null) return [];
      const ids = isObject(item.show.ids) ? item.show.ids : {};
      return [
        {
          where: `[${i}]`,
          title: str(item.show.title),
          year: num(item.show.year),
          tmdbId: num(ids.tmdb),
          watchedThrough: number,
        },
      ];
    }),
  );
}

/** Trakt's watched shows (GET /sync/watched/shows, the export's watched-shows.json): seasons with their episodes. */
function readTraktWatched(items: unknown[]): ForeignProgress[] {
  return items.flatMap((item, i) => {
    if (!isObject(item) || !isObject(item.show) || !Array.isArray(item.seasons)) return [];
    const first = item.seasons.find((s) => isObject(s) && s.number === 1) as Json | undefined;
    const episodes = Array.isArray(first?.episodes) ? first.episodes : [];
    const numbers = episodes.map((e) => (isObject(e) ? (num(e.number) ?? 0) : 0));
    const ids = isObject(item.show.ids) ? item.show.ids : {};
    return [
      {
        where: `[${i}]`,
        title: str(item.show.title),
        year: num(item.show.year),
        tmdbId: num(ids.tmdb),
        watchedThrough: Math.max(0, ...numbers),
      },
    ];
  });
}

/** MyDramaList list rows (CSV or TSV with a header, or JSON objects): a title and the episodes watched. */
function readMdlRows(rows: Array<{ where: string; fields: Record<string, string> }>): ForeignProgress[] {
  const pick = (f: Record<string, string>, names: string[]) => {
    const key = Object.keys(f).find((k) => names.includes(k.toLowerCase().replace(/[^a-z]/g, '')));
    return key ? f[key].trim() : '';
  };
  return rows.flatMap(({ where, fields }) => {
    const title = pick(fields, ['title', 'name', 'showname', 'drama']);
    if (!title) return [];
    const status = pick(fields, ['status']).toLowerCase();
    const watched = Number(pick(fields, ['episodeswatched', 'progress', 'episodesseen', 'watched']) || 0);
    const total = Number(pick(fields, ['totalepisodes', 'episodes', 'total']) || 0);
    const through = status === 'completed' && total > 0 ? total : Number.isFinite(watched) ? watched : 0;
    const year = Number(pick(fields, ['year', 'releaseyear']) || Number.NaN);
    return [
      {
        where,
        title,
        year: Number.isFinite(year) ? year : null,
        tmdbId: null,
        watchedThrough: Math.max(0, Math.trunc(through)),
      },
    ];
  });
}

/**
 * Reads a watched-progress export, telling the format by its content: Trakt's history or watched shows (JSON),
 * a MyDramaList list (CSV, TSV or JSON rows with Title and Episodes Watched), or haebang's own export.
 */
export function readProgressFile(text: string, origin: string): { format: ProgressFormat; shows: ForeignProgress[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new AppError('input.empty', `${origin} is empty`);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (cause) {
      throw new AppError('input.invalid', `${origin}: not valid JSON (${(cause as Error).message})`, { cause });
    }
    if (isObject(data) && data.format === 'haebang-progress' && Array.isArray(data.shows)) {
      const shows = data.shows.flatMap((s, i) =>
        isObject(s) && str(s.title)
          ? [
              {
                where: `shows[${i}]`,
                title: str(s.id) || str(s.title),
                year: null,
                tmdbId: null,
                watchedThrough: num(s.watchedThrough) ?? 0,
              },
            ]
          : [],
      );
      return { format: 'haebang', shows };
    }
    const list = Array.isArray(data) ? data : [];
    if (list.some((x) => isObject(x) && isObject(x.episode) && isObject(x.show)))
      return { format: 'trakt-history', shows: readTraktHistory(list) };
    if (list.some((x) => isObject(x) && isObject(x.show) && Array.isArray(x.seasons)))
      return { format: 'trakt-watched', shows: readTraktWatched(list) };
    if (list.some(isObject))
      return {
        format: 'mydramalist',
        shows: readMdlRows(
          list.flatMap((x, i) =>
            isObject(x)
              ? [
                  {
                    where: `[${i}]`,
                    fields: Object.fromEntries(Object.entries(x).map(([k, v]) => [k, String(v ?? '')])),
                  },
                ]
              : [],
          ),
        ),
      };
    throw new AppError('input.invalid', `${origin}: neither a Trakt export nor a MyDramaList list`);
  }
  const rows = readCsv(trimmed);
  if (rows.length < 1) throw new AppError('input.invalid', `${origin}: no header row`);
  const [header, ...body] = rows;
  const records = body.map((cells, i) => ({
    where: `row ${i + 2}`,
    fields: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])),
  }));
  const shows = readMdlRows(records);
  if (!header.some((h) => /title|name/i.test(h)))
    throw new AppError('input.invalid', `${origin}: expected a header row with a Title column (MyDramaList list)`);
  return { format: 'mydramalist', shows };
}
