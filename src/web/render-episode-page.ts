import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { EpisodePage } from '../reader/reader-schemas.js';
import { renderAirDate } from './render-air-date.js';
import type { Html } from './render-layout.js';
import { renderItemSections, renderShowNames, showPath } from './render-show-page.js';

/** The page title of an episode: the show and the number, nothing about what happens in it. */
export function episodeTitle(page: EpisodePage, t: Translate): string {
  return t('episode.title', { show: page.show.title, n: page.episode.number });
}

function ratingText(page: EpisodePage, t: Translate): string {
  const { episode } = page;
  if (episode.ratingHidden) return t('episode.ratingHidden');
  if (episode.rating === null) return t('episode.notKnown');
  return t('episode.rating', {
    title: Number.isInteger(episode.rating) ? episode.rating.toFixed(1) : String(episode.rating),
  });
}

/** The body of an episode's page: air date, rating (unless hidden), the items and videos about this episode. */
export function renderEpisodePage(page: EpisodePage, csrfToken: string | null, t: Translate): Html {
  const { show, episode } = page;
  const base = showPath(show.id);
  const entries = { csrfToken, back: `${base}/episodes/${episode.number}`, headingLevel: 3 as const, t };
  const previous = episode.number > 1 ? episode.number - 1 : null;
  const next = episode.number < show.episodeCount ? episode.number + 1 : null;
  return html`<p class="breadcrumb"><a href="${base}">${show.title}</a></p>
<h1>${t('episode.heading', { show: show.title, n: episode.number })}</h1>
${renderShowNames(show, t)}
<dl class="facts">
<dt>${t('episode.airDate')}</dt><dd>${renderAirDate(episode.airDate, t) ?? t('episode.notKnown')}</dd>
<dt>${t('episode.ratingLabel')}</dt><dd>${ratingText(page, t)}</dd>
<dt>${t('show.progress')}</dt><dd>${
    show.watchedThrough === null
      ? html`${t('episode.notFollowing')} (<a href="${base}#progress">${t('entry.followIt')}</a>)`
      : episode.watched
        ? t('episode.watched')
        : html`${t('episode.notWatched', { n: show.watchedThrough })} <a href="${base}#progress">${t('episode.change')}</a>)`
  }</dd>
</dl>
<nav class="pager" aria-label="${t('show.episodes')}">${
    previous ? html`<a href="${base}/episodes/${previous}" rel="prev">${t('show.episode', { n: previous })}</a>` : null
  }${previous && next ? ' · ' : null}${next ? html`<a href="${base}/episodes/${next}" rel="next">${t('show.episode', { n: next })}</a>` : null}</nav>
${renderItemSections(page, entries, [t('episode.noArticles'), t('episode.noVideos')])}`;
}
