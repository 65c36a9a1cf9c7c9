import { type Kysely, sql } from 'kysely';
import type { Catalog, CrewRole, Network, Person, Show } from '../catalog/catalog-schema.js';
import {
  canonicalCatalog,
  canonicalNetwork,
  canonicalPerson,
  canonicalShow,
  sameEntry,
  searchTextOf,
} from './catalog-rows.js';
import { type DB, type FactSource, factSources, type Provenance } from './db-types.js';
import { type EntryKind, type Facts, mergeFacts } from './merge-facts.js';

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}
export type UpsertReport = Record<'networks' | 'people' | 'shows', UpsertCounts>;

/** The whole catalog with each entry's per-field provenance (which source gave each fact). */
export interface CatalogFacts {
  catalog: Catalog;
  provenance: Record<EntryKind, Map<string, Provenance>>;
}

/** Reads the whole catalog in its file format (the in-memory linker and `catalog export` use this). */
export async function readCatalog(db: Kysely<DB>): Promise<Catalog> {
  return (await readCatalogFacts(db)).catalog;
}

export async function readCatalogFacts(db: Kysely<DB>): Promise<CatalogFacts> {
  const [networks, people, shows, episodes, cast, crew] = await Promise.all([
    db.selectFrom('networks').selectAll().orderBy('id').execute(),
    db.selectFrom('people').selectAll().orderBy('id').execute(),
    db.selectFrom('shows').selectAll().orderBy('id').execute(),
    db.selectFrom('episodes').selectAll().orderBy('show_id').orderBy('number').execute(),
    db.selectFrom('cast_members').selectAll().orderBy('show_id').orderBy('position').execute(),
    db.selectFrom('crew_members').selectAll().orderBy('show_id').orderBy('position').execute(),
  ]);
  const crewOf = groupBy(crew, (c) => c.show_id);
  const episodesOf = groupBy(episodes, (e) => e.show_id);
  const castOf = groupBy(cast, (c) => c.show_id);
  const catalog = canonicalCatalog({
    networks: networks.map((n) => ({
      id: n.id,
      ids: n.source_ids,
      name: n.name,
      hangul: n.hangul ?? undefined,
      aliases: n.aliases,
    })),
    people: people.map((p) => ({ id: p.id, ids: p.source_ids, name: p.name, hangul: p.hangul, aliases: p.aliases })),
    shows: shows.map((s) => ({
      id: s.id,
      ids: s.source_ids,
      title: s.title,
      hangul: s.hangul,
      aliases: s.aliases,
      network: s.network_id,
      episodeCount: s.episode_count,
      episodes: (episodesOf.get(s.id) ?? []).map((e) => ({
        number: e.number,
        airDate: e.air_date,
        ...(e.rating === null ? {} : { rating: Number(e.rating) }),
      })),
      firstAirDate: s.first_air_date ?? undefined,
      lastAirDate: s.last_air_date ?? undefined,
      schedule: s.schedule as Show['schedule'],
      splitBroadcast: s.split_broadcast ?? undefined,
      cast: (castOf.get(s.id) ?? []).map((c) => ({
        person: c.person_id,
        character: c.character,
        characterHangul: c.character_hangul ?? undefined,
      })),
      crew: (crewOf.get(s.id) ?? []).map((c) => ({ person: c.person_id, role: c.role as CrewRole })),
    })),
  });
  const provenanceOf = (rows: Array<{ id: string; provenance: Provenance }>) =>
    new Map(rows.map((r) => [r.id, r.provenance]));
  return {
    catalog,
    provenance: { networks: provenanceOf(networks), people: provenanceOf(people), shows: provenanceOf(shows) },
  };
}

/** What a write changed in one entry: its kind, id, whether it is new, and the fields whose value changed. */
export interface EntryChange {
  kind: EntryKind;
  id: string;
  added: boolean;
  fields: string[];
}

export interface CatalogWrite {
  report: UpsertReport;
  changes: EntryChange[];
}

/**
 * Inserts new entries and updates changed ones in one transaction; entries equal to the stored ones are left alone,
 * so importing the same file twice changes nothing.
 */
export async function upsertCatalog(db: Kysely<DB>, catalog: Catalog, source: string): Promise<UpsertReport> {
  return (await writeCatalog(db, catalog, source)).report;
}

/**
 * Writes entries from one source in one transaction, fact by fact (see mergeFacts): a file import overrides synced
 * facts, a sync (`tmdb`, `wikidata`) never overrides a fact entered by hand or imported from a file.
 */
export async function writeCatalog(db: Kysely<DB>, catalog: Catalog, source: string): Promise<CatalogWrite> {
  const from: FactSource = (factSources as readonly string[]).includes(source) ? (source as FactSource) : 'file';
  return db.transaction().execute(async (trx) => {
    const current = await readCatalogFacts(trx);
    const report: UpsertReport = {
      networks: { added: 0, updated: 0, unchanged: 0 },
      people: { added: 0, updated: 0, unchanged: 0 },
      shows: { added: 0, updated: 0, unchanged: 0 },
    };
    const changes: EntryChange[] = [];
    const now = new Date().toISOString();
    const diff = <T extends { id: string }>(kind: EntryKind, rows: T[], existing: T[], canon: (x: T) => T) => {
      const old = new Map(existing.map((e) => [e.id, e]));
      const changed: Array<Facts<T>> = [];
      for (const row of rows.map(canon)) {
        const prev = old.get(row.id);
        const stored = prev && { entry: prev, provenance: current.provenance[kind].get(row.id) ?? {} };
        const merged = mergeFacts(kind, row as T & { id: string }, stored, from);
        const entry = canon(merged.entry);
        if (stored && sameEntry(prev, entry) && sameProvenance(stored.provenance, merged.provenance))
          report[kind].unchanged++;
        else {
          report[kind][prev ? 'updated' : 'added']++;
          changes.push({ kind, id: row.id, added: !prev, fields: merged.changed });
          changed.push({ entry, provenance: merged.provenance });
        }
      }
      return changed;
    };
    const meta = (ids: unknown, provenance: Provenance) => ({
      source: from,
      source_ids: JSON.stringify(ids ?? {}),
      provenance: JSON.stringify(provenance),
      updated_at: now,
    });
    for (const { entry: row, provenance } of diff<Network>(
      'networks',
      catalog.networks,
      current.catalog.networks,
      canonicalNetwork,
    )) {
      const values = {
        name: row.name,
        hangul: row.hangul ?? null,
        aliases: JSON.stringify(row.aliases ?? []),
        ...meta(row.ids, provenance),
      };
      await trx
        .insertInto('networks')
        .values({ id: row.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    }
    for (const { entry: row, provenance } of diff<Person>(
      'people',
      catalog.people,
      current.catalog.people,
      canonicalPerson,
    )) {
      const values = {
        name: row.name,
        hangul: row.hangul,
        aliases: JSON.stringify(row.aliases ?? []),
        search_text: searchTextOf(row.name, row.hangul, row.aliases),
        ...meta(row.ids, provenance),
      };
      await trx
        .insertInto('people')
        .values({ id: row.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    }
    for (const { entry, provenance } of diff<Show>('shows', catalog.shows, current.catalog.shows, canonicalShow))
      await writeShow(trx, entry, meta(entry.ids, provenance));
    return { report, changes };
  });
}

async function writeShow(
  trx: Kysely<DB>,
  show: Show,
  meta: { source: string; source_ids: string; provenance: string; updated_at: string },
): Promise<void> {
  const values = {
    title: show.title,
    hangul: show.hangul,
    aliases: JSON.stringify(show.aliases ?? []),
    network_id: show.network,
    episode_count: show.episodeCount,
    first_air_date: show.firstAirDate ?? null,
    last_air_date: show.lastAirDate ?? null,
    schedule: JSON.stringify(show.schedule ?? []),
    split_broadcast: show.splitBroadcast ? JSON.stringify(show.splitBroadcast) : null,
    search_text: searchTextOf(show.title, show.hangul, show.aliases),
    ...meta,
  };
  await trx
    .insertInto('shows')
    .values({ id: show.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  await trx.deleteFrom('episodes').where('show_id', '=', show.id).execute();
  await trx.deleteFrom('cast_members').where('show_id', '=', show.id).execute();
  await trx.deleteFrom('crew_members').where('show_id', '=', show.id).execute();
  if (show.episodes?.length)
    await trx
      .insertInto('episodes')
      .values(
        show.episodes.map((e) => ({
          show_id: show.id,
          number: e.number,
          air_date: e.airDate,
          rating: e.rating ?? null,
        })),
      )
      .execute();
  const cast = dedupeCast(show.cast ?? []);
  if (cast.length)
    await trx
      .insertInto('cast_members')
      .values(
        cast.map((c, position) => ({
          show_id: show.id,
          person_id: c.person,
          character: c.character,
          character_hangul: c.characterHangul ?? null,
          position,
        })),
      )
      .execute();
  const seen = new Set<string>();
  const crew = (show.crew ?? []).filter(
    (c) => !seen.has(`${c.person} ${c.role}`) && !!seen.add(`${c.person} ${c.role}`),
  );
  if (crew.length)
    await trx
      .insertInto('crew_members')
      .values(crew.map((c, position) => ({ show_id: show.id, person_id: c.person, role: c.role, position })))
      .execute();
}

function dedupeCast<T extends { person: string; character: string }>(cast: T[]): T[] {
  const seen = new Set<string>();
  return cast.filter(
    (c) => !seen.has(`${c.person}\u0000${c.character}`) && !!seen.add(`${c.person}\u0000${c.character}`),
  );
}

export interface CatalogSearchHit {
  kind: 'show' | 'person';
  id: string;
  name: string;
  hangul: string;
  score: number;
}

/** Trigram search over every title and name (the linker covers romanization; this covers typos and fragments). */
export async function searchCatalogText(db: Kysely<DB>, text: string, limit = 10): Promise<CatalogSearchHit[]> {
  const q = text.trim();
  const people = await db
    .selectFrom('people')
    .select(['id', 'name', 'hangul', sql<number>`word_similarity(${q}, search_text)`.as('score')])
    .where(sql<boolean>`${q} <% search_text`)
    .orderBy('score', 'desc')
    .limit(limit)
    .execute();
  const shows = await db
    .selectFrom('shows')
    .select(['id', 'title as name', 'hangul', sql<number>`word_similarity(${q}, search_text)`.as('score')])
    .where(sql<boolean>`${q} <% search_text`)
    .orderBy('score', 'desc')
    .limit(limit)
    .execute();
  return [
    ...shows.map((s) => ({ kind: 'show' as const, ...s, score: Number(s.score) })),
    ...people.map((p) => ({ kind: 'person' as const, ...p, score: Number(p.score) })),
  ]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/**
 * Key by key (jsonb does not keep key order). A file and the starter catalog count as the same source, so exporting
 * the catalog and importing it again changes nothing.
 */
function sameProvenance(a: Provenance, b: Provenance): boolean {
  const handEntered = (s: string | undefined) => s === 'file' || s === 'starter';
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => a[k] === b[k] || (handEntered(a[k]) && handEntered(b[k])))
  );
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
