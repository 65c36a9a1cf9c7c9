import type { Catalog, Network, Person, Show } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import { titleKey } from '../titles/normalize-title.js';
import { makeEntryId } from './make-entry-id.js';
import type { SyncedNetwork, SyncedPerson, SyncedShow } from './synced-show.js';

export interface ResolvedShow {
  /** The show, its network and its people as catalog entries (existing ids where they match stored entries). */
  catalog: Catalog;
  showId: string;
  /** Cast left out, with the reason (no Hangul name, no character). */
  notes: string[];
}

const compact = (s: string) => s.replace(/\s+/g, '');
const key = (s: string) => titleKey(s).key;
const year = (d: string | null | undefined) => d?.slice(0, 4) ?? null;

/**
 * Matches a synced show, its network and its cast to the stored catalog — by the source's id, else by title or name —
 * and returns them as catalog entries carrying the source id, so a later sync updates the same entries. New entries
 * get kebab ids from their English names.
 */
export function resolveSyncedShow(synced: SyncedShow, current: Catalog): ResolvedShow {
  const src = synced.source;
  const existing = findShow(synced, current);
  const showId =
    existing?.id ??
    makeEntryId(synced.title, (id) => current.shows.some((s) => s.id === id), year(synced.firstAirDate));
  const hangul = synced.hangul ?? existing?.hangul;
  if (!hangul) throw new AppError('sync.not-found', `${synced.title}: ${src} has no Korean (Hangul) title`);
  const episodeCount = synced.episodeCount ?? existing?.episodeCount;
  if (!episodeCount) throw new AppError('sync.not-found', `${synced.title}: ${src} has no number of episodes yet`);
  const network =
    resolveNetwork(synced.network, current, src) ?? current.networks.find((n) => n.id === existing?.network);
  if (!network) throw new AppError('sync.not-found', `${synced.title}: ${src} names no broadcaster`);
  const people: Person[] = [];
  const cast: NonNullable<Show['cast']> = [];
  const notes: string[] = [];
  const taken = new Set(current.people.map((p) => p.id));
  for (const c of synced.cast) {
    const stored = findPerson(c.person, current, existing, src);
    const personHangul = c.person.hangul ?? stored?.hangul;
    if (!personHangul) {
      notes.push(`${c.person.name}: no Hangul name in ${src}; left out`);
      continue;
    }
    const id = stored?.id ?? makeEntryId(c.person.name, (x) => taken.has(x));
    taken.add(id);
    if (!people.some((p) => p.id === id))
      people.push({
        id,
        ids: { [src]: c.person.sourceId },
        name: c.person.name,
        hangul: personHangul,
        aliases: c.person.aliases,
      });
    const character = c.character ?? c.characterHangul;
    if (character && !cast.some((x) => x.person === id))
      cast.push({ person: id, character, ...(c.characterHangul ? { characterHangul: c.characterHangul } : {}) });
    else if (!character) notes.push(`${c.person.name}: no character name in ${src}; added as a person only`);
  }
  const crew: NonNullable<Show['crew']> = [];
  for (const c of synced.crew ?? []) {
    // A credit is matched to a stored person by the source's id or by name, never by the Hangul alone: a writer
    // and an actress may share it (김태희).
    const stored = findPerson(c.person, current, existing, src, false);
    const personHangul = c.person.hangul ?? stored?.hangul;
    if (!personHangul) {
      notes.push(`${c.person.name}: no Hangul name in ${src}; left out of the crew`);
      continue;
    }
    const id =
      stored?.id ??
      people.find((p) => p.ids?.[src] === c.person.sourceId)?.id ??
      makeEntryId(c.person.name, (x) => taken.has(x));
    taken.add(id);
    if (!people.some((p) => p.id === id))
      people.push({
        id,
        ids: { [src]: c.person.sourceId },
        name: c.person.name,
        hangul: personHangul,
        aliases: c.person.aliases,
      });
    if (!crew.some((x) => x.person === id && x.role === c.role)) crew.push({ person: id, role: c.role });
  }
  const show: Show = {
    id: showId,
    ids: { [src]: synced.sourceId },
    title: synced.title,
    hangul,
    aliases: synced.aliases,
    network: network.id,
    episodeCount: Math.max(episodeCount, ...synced.episodes.map((e) => e.number)),
    episodes: synced.episodes,
    ...(synced.firstAirDate ? { firstAirDate: synced.firstAirDate } : {}),
    ...(synced.lastAirDate ? { lastAirDate: synced.lastAirDate } : {}),
    ...(synced.splitBroadcast ? { splitBroadcast: synced.splitBroadcast } : {}),
    cast,
    ...(crew.length ? { crew } : {}),
  };
  return { catalog: { networks: [network], people, shows: [show] }, showId, notes };
}

function findShow(synced: SyncedShow, current: Catalog): Show | undefined {
  const bySource = current.shows.find((s) => s.ids?.[synced.source] === synced.sourceId);
  if (bySource) return bySource;
  const titleKeys = new Set([synced.title, ...synced.aliases].map(key));
  const sameYear = (s: Show) =>
    !s.firstAirDate ||
    !synced.firstAirDate ||
    Math.abs(Number(year(s.firstAirDate)) - Number(year(synced.firstAirDate))) <= 1;
  return current.shows.find(
    (s) =>
      !s.ids?.[synced.source] &&
      sameYear(s) &&
      ((synced.hangul && compact(s.hangul) === compact(synced.hangul)) || titleKeys.has(key(s.title))),
  );
}

function resolveNetwork(synced: SyncedNetwork | null, current: Catalog, src: SyncedShow['source']): Network | null {
  if (!synced) return null;
  const names = new Set([synced.name, synced.hangul].filter((n): n is string => !!n).map(key));
  const stored =
    current.networks.find((n) => n.ids?.[src] === synced.sourceId) ??
    current.networks.find((n) => [n.name, n.hangul, ...(n.aliases ?? [])].some((x) => x && names.has(key(x))));
  const id = stored?.id ?? makeEntryId(synced.name, (x) => current.networks.some((n) => n.id === x));
  return {
    id,
    ids: { [src]: synced.sourceId },
    name: synced.name,
    ...(synced.hangul ? { hangul: synced.hangul } : {}),
  };
}

function findPerson(
  synced: SyncedPerson,
  current: Catalog,
  show: Show | undefined,
  src: SyncedShow['source'],
  byHangulAlone = true,
): Person | undefined {
  const bySource = current.people.find((p) => p.ids?.[src] === synced.sourceId);
  if (bySource || !synced.hangul) return bySource;
  const sameHangul = current.people.filter((p) => compact(p.hangul) === compact(synced.hangul!) && !p.ids?.[src]);
  const names = new Set([synced.name, ...synced.aliases].map(key));
  return (
    sameHangul.find((p) => [p.name, ...(p.aliases ?? [])].some((n) => names.has(key(n)))) ??
    sameHangul.find((p) => show?.cast?.some((c) => c.person === p.id) || show?.crew?.some((c) => c.person === p.id)) ??
    (byHangulAlone && sameHangul.length === 1 ? sameHangul[0] : undefined)
  );
}
