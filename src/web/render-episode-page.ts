import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { EpisodePage } from '../reader/reader-schemas.js';
import { renderAirDate } from './render-air-date.js';
import type { Html } from './render-layout.js';
import { renderItemSections, renderShowNames, showPath } from './render-show-page.js';

/** The page title of an episode: the show and the number, nothing about what happens in it. */
export function episodeTitle(page: EpisodePage): string {
  return `${page.show.title}, episode ${page.episode.number}`;
}

function ratingText(page: EpisodePage): Html {
  const { episode } = page;
  if (episode.ratingHidden) return html`hidden until you watch it`;
  if (episode.rating === null) return html`not known`;
  return html`${Number.isInteger(episode.rating) ? episode.rating.toFixed(1) : episode.rating}% (nationwide)`;
}

/** The body of an episode's page: air date, rating (unless hidden), the items and videos about this episode. */
export function renderEpisodePage(page: EpisodePage, csrfToken: string | null, t: Translate): Html {
  const { show, episode } = page;
  const base = showPath(show.id);
  const entries = { csrfToken, back: `${base}/episodes/${episode.number}`, headingLevel: 3 as const, t };
  const previous = episode.number > 1 ? episode.number - 1 : null;
  const next = episode.number < show.episodeCount ? episode.number + 1 : null;
  return html`<p class="breadcrumb"><a href="${base}">${show.title}</a></p>
<h1>${show.title}: episode ${episode.number}</h1>
${renderShowNames(show)}
<dl class="facts">
<dt>Air date</dt><dd>${renderAirDate(episode.airDate) ?? 'not known'}</dd>
<dt>Rating</dt><dd>${ratingText(page)}</dd>
<dt>Your progress</dt><dd>${
    show.watchedThrough === null
      ? html`you don't follow this show (<a href="${base}#progress">follow it</a>)`
      : episode.watched
        ? html`watched`
        : html`not watched yet (you are at episode ${show.watchedThrough}; <a href="${base}#progress">change</a>)`
  }</dd>
</dl>
<nav class="pager" aria-label="Episodes">${
    previous ? html`<a href="${base}/episodes/${previous}" rel="prev">Episode ${previous}</a>` : null
  }${previous && next ? ' · ' : null}${next ? html`<a href="${base}/episodes/${next}" rel="next">Episode ${next}</a>` : null}</nav>
${renderItemSections(page, entries, 'this episode')}`;
}
