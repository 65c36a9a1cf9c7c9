import type { Show } from '../catalog/catalog-schema.js';
import type { DatedEpisode } from '../catalog/episode-dates.js';
import { AppError } from '../errors/app-error.js';
import type { CatalogView } from '../link/catalog-view.js';
import { countItemsPerDay } from '../store/reader-repository.js';
import { gateEntries } from './gate-entries.js';
import { gateFilterOf, listableEntries } from './gate-filter.js';
import { loadLinkedItems } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { ShowPage, ShowSummary } from './reader-schemas.js';

const articlesPerShow = 20;
const videosPerShow = 12;

export function findShow(view: CatalogView, showId: string): Show {
  const show = view.shows.get(showId);
  if (!show) throw new AppError('not-found', `no show ${showId} in the catalog`);
  return show;
}

export function showSummary(view: CatalogView, show: Show, reader: Reader): ShowSummary {
  const episodes = view.episodes.get(show.id) ?? [];
  return {
    id: show.id,
    title: show.title,
    hangul: show.hangul,
    aliases: show.aliases ?? [],
    network: { id: show.network, name: view.networks.get(show.network)?.name ?? show.network },
    episodeCount: show.episodeCount,
    firstAirDate: show.firstAirDate ?? episodes[0]?.airDate ?? null,
    lastAirDate: show.lastAirDate ?? (episodes.length === show.episodeCount ? episodes.at(-1)!.airDate : null),
    watchedThrough: reader.state.progress.get(show.id) ?? null,
  };
}

/**
 * An episode as this reader may see it. Its rating is shown once they have watched it (or when they do not follow
 * the show and chose to see everything of such shows): a ratings jump can give away what happened.
 */
export function episodeView(e: DatedEpisode, showId: string, reader: Reader): ShowPage['episodes'][number] {
  const watchedThrough = reader.state.progress.get(showId);
  const watched = watchedThrough !== undefined && e.number <= watchedThrough;
  const visible = watched || (watchedThrough === undefined && reader.state.unfollowedPolicy === 'show');
  return {
    number: e.number,
    airDate: e.airDate,
    rating: visible ? (e.rating ?? null) : null,
    ratingHidden: !visible && e.rating !== undefined,
    watched,
  };
}

/** Every show of the catalog, by title, with the reader's progress. */
export async function listShows(deps: ReaderDeps, reader: Reader): Promise<ShowSummary[]> {
  const view = deps.linker().view;
  return showsByTitle(view).map((s) => showSummary(view, s, reader));
}

/** Sorts as `localeCompare(b, 'en')` does, without looking up a collator for every comparison. */
export const compareTitles = new Intl.Collator('en').compare;

/** Each catalog's shows by title, sorted once per catalog view (every feed page lists them). */
const sortedShows = new WeakMap<CatalogView, Show[]>();

function showsByTitle(view: CatalogView): Show[] {
  let shows = sortedShows.get(view);
  if (!shows) {
    shows = [...view.shows.values()].sort((a, b) => compareTitles(a.title, b.title));
    sortedShows.set(view, shows);
  }
  return shows;
}

/**
 * A show's page: titles, network, cast and characters, episodes, buzz, and its items and videos, gated. Hidden items
 * whose reasons name the show are listed as cards with the articles, whatever their media (a card in the videos
 * would tell it is a video); the videos are the ones the reader may see.
 */
export async function readShow(deps: ReaderDeps, reader: Reader, showId: string): Promise<ShowPage> {
  const view = deps.linker().view;
  const show = findShow(view, showId);
  const [articles, videos, buzz] = await Promise.all([
    loadLinkedItems(
      deps.db,
      { showId, media: 'article', gate: gateFilterOf(reader, showId) },
      articlesPerShow,
      reader.user.id,
    ),
    loadLinkedItems(deps.db, { showId, media: 'video', gate: gateFilterOf(reader) }, videosPerShow, reader.user.id),
    countItemsPerDay(deps.db, showId),
  ]);
  return {
    show: showSummary(view, show, reader),
    cast: (show.cast ?? []).flatMap((c) => {
      const person = view.people.get(c.person);
      return person
        ? [
            {
              person: { kind: 'person' as const, id: person.id, name: person.name, hangul: person.hangul },
              character: c.character,
              characterHangul: c.characterHangul ?? null,
            },
          ]
        : [];
    }),
    episodes: (view.episodes.get(showId) ?? []).map((e) => episodeView(e, showId, reader)),
    buzz,
    articles: listableEntries(gateEntries(articles, view, reader), showId),
    videos: listableEntries(gateEntries(videos, view, reader)),
  };
}
