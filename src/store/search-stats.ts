import { type Kysely, sql } from 'kysely';
import type { DB } from './db-types.js';

/** What the planner's statistics (ANALYZE, autovacuum) say about the items, for planning a search (search-plan.ts). */
export interface SearchStats {
  /** Share of items holding each of the most common lexemes of the search vector (pg_stats). */
  freqs: Map<string, number>;
  /** The share under which a lexeme is not among them. */
  rare: number;
  /** Items per month at the newest end (the top bucket of the published_at histogram). */
  perMonth: number;
}

const maxAgeMs = 5 * 60_000;
const cache = new WeakMap<Kysely<DB>, { at: number; stats: Promise<SearchStats | null> }>();
const monthMs = 30.44 * 86_400_000;

/**
 * The items' statistics, read at most every five minutes per database (ANALYZE changes them, nothing else); null
 * when the items have not been analysed yet (a new database): then a search is planned as if every word were rare.
 */
export function readSearchStats(db: Kysely<DB>, now = Date.now()): Promise<SearchStats | null> {
  const cached = cache.get(db);
  if (cached && now - cached.at < maxAgeMs) return cached.stats;
  // Unreadable statistics (a lost connection, a role that may not read them) plan the search without them.
  const stats = fetchStats(db).catch(() => null);
  cache.set(db, { at: now, stats });
  return stats;
}

async function fetchStats(db: Kysely<DB>): Promise<SearchStats | null> {
  const { rows } = await sql<{
    items: number | null;
    elems: string[] | null;
    freqs: number[] | null;
    bounds: Date[] | null;
    nulls: number | null;
  }>`select (select reltuples from pg_class where oid = to_regclass('items')) as items,
      v.most_common_elems::text::text[] as elems, v.most_common_elem_freqs as freqs,
      p.histogram_bounds::text::timestamptz[] as bounds, p.null_frac as nulls
    from (select 1) one
    left join pg_stats v on v.schemaname = current_schema() and v.tablename = 'items' and v.attname = 'search_vector'
    left join pg_stats p on p.schemaname = current_schema() and p.tablename = 'items' and p.attname = 'published_at'`.execute(
    db,
  );
  const r = rows[0];
  const items = Number(r?.items ?? 0);
  if (!r?.elems || !r.freqs || !r.bounds || r.bounds.length < 2 || items <= 0) return null;
  // most_common_elem_freqs: one per lexeme, then the least and greatest of them and the share of empty vectors.
  const freqs = new Map(r.elems.map((e, k) => [e, Number(r.freqs![k])]));
  const b = r.bounds;
  const topMs = b[b.length - 1].getTime() - b[b.length - 2].getTime();
  const perBucket = (items * (1 - Number(r.nulls ?? 0))) / (b.length - 1);
  const perMonth = topMs > 0 ? (perBucket * monthMs) / topMs : items;
  return { freqs, rare: Number(r.freqs[r.elems.length]), perMonth };
}
