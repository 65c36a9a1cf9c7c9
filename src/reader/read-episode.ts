import { AppError } from '../errors/app-error.js';
import { listEpisodeItemIds } from '../store/reader-repository.js';
import { gateEntries } from './gate-entries.js';
import { listableEntries } from './gate-filter.js';
import { loadItemsByIds } from './load-linked-items.js';
import { episodeView, findShow, showSummary } from './read-show.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { EpisodePage } from './reader-schemas.js';

const itemsPerEpisode = 60;

/**
 * An episode's page: what the press wrote about it (items whose horizon for the show is this episode) and its
 * behind-the-scenes videos, so a scene that was too dark on screen can be seen from the set. Gated like everything;
 * hidden cards are listed with the articles (whatever their media) when one of their reasons is this show.
 */
export async function readEpisode(
  deps: ReaderDeps,
  reader: Reader,
  showId: string,
  episode: number,
): Promise<EpisodePage> {
  const view = deps.linker().view;
  const show = findShow(view, showId);
  const dated = (view.episodes.get(showId) ?? []).find((e) => e.number === episode);
  if (!dated) throw new AppError('not-found', `${show.title} has no episode ${episode} with a known air date`);
  const items = await loadItemsByIds(
    deps.db,
    await listEpisodeItemIds(deps.db, showId, episode, itemsPerEpisode),
    reader.user.id,
  );
  const entries = gateEntries(items, view, reader);
  const isVideo = new Set(items.filter((i) => i.media_type === 'video').map((i) => i.id));
  return {
    show: showSummary(view, show, reader),
    episode: episodeView(dated, showId, reader),
    articles: listableEntries(entries, showId).filter((e) => e.hidden || !isVideo.has(e.id)),
    videos: entries.filter((e) => !e.hidden && isVideo.has(e.id)),
  };
}
