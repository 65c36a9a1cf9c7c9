import { html } from 'hono/html';
import { countOf } from '../i18n/count-of.js';
import type { Translate } from '../i18n/translate.js';
import type { FeedEntry, ShowPage, ShowSummary } from '../reader/reader-schemas.js';
import { renderBuzzChart } from './charts/render-buzz-chart.js';
import { renderRatingsChart } from './charts/render-ratings-chart.js';
import { renderAirDate } from './render-air-date.js';
import { renderEntries } from './render-entry.js';
import type { Html } from './render-layout.js';

export interface ShowPageContext {
  csrfToken: string | null;
  /** A line saying what the last form did ("Progress saved."). */
  flash?: string | null;
  /** What was wrong with the progress the reader sent, and the value they sent. */
  progressError?: { message: string; value: string } | null;
  t: Translate;
}

export const showPath = (id: string) => `/shows/${encodeURIComponent(id)}`;

/** A line under a title: its Hangul (marked as Korean) and its other names. */
export function renderShowNames(show: ShowSummary): Html {
  return html`<p class="names"><span lang="ko">${show.hangul}</span>${
    show.aliases.length ? html` · also known as ${show.aliases.map((a, i) => html`${i ? ', ' : ''}<i>${a}</i>`)}` : null
  }</p>`;
}

function renderProgress(page: ShowPage, ctx: ShowPageContext): Html {
  const { show } = page;
  const error = ctx.progressError;
  const value = error ? error.value : String(show.watchedThrough ?? 0);
  const status =
    show.watchedThrough === null
      ? html`You don't follow this show: news of it follows your reading settings.`
      : show.watchedThrough === 0
        ? html`You follow this show and haven't watched an episode yet.`
        : html`You have watched through episode ${show.watchedThrough} of ${show.episodeCount}.`;
  const described = error ? 'progress-help progress-error' : 'progress-help';
  return html`<section id="progress" aria-labelledby="progress-heading">
<h2 id="progress-heading">Your progress</h2>
<p>${status}</p>
<form class="form" method="post" action="${showPath(show.id)}/progress">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${error ? html`<p class="error" id="progress-error" role="alert">${error.message}</p>` : null}
<p class="field"><label for="watched-through">Watched through episode</label>
<input id="watched-through" type="number" name="watchedThrough" min="0" max="${show.episodeCount}" step="1" inputmode="numeric" required value="${value}" aria-describedby="${described}"${error ? html` aria-invalid="true"` : null}></p>
<p class="muted" id="progress-help">0 follows the show before you have watched anything. Items about later episodes stay hidden.</p>
<button type="submit">Save progress</button>
</form>
${
  show.watchedThrough === null
    ? null
    : html`<form class="inline" method="post" action="${showPath(show.id)}/unfollow">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
<p><button type="submit" class="secondary">Stop following</button></p>
</form>`
}
</section>`;
}

function renderCast(page: ShowPage): Html {
  if (!page.cast.length) return html`<p class="muted">No cast in the catalog.</p>`;
  return html`<ul class="cast">${page.cast.map(
    (c) =>
      html`<li><a href="/people/${encodeURIComponent(c.person.id)}">${c.person.name}</a>${
        c.person.hangul ? html` <span lang="ko">${c.person.hangul}</span>` : null
      } as ${c.character}${c.characterHangul ? html` (<span lang="ko">${c.characterHangul}</span>)` : null}</li>`,
  )}</ul>`;
}

function renderEpisodes(page: ShowPage): Html {
  if (!page.episodes.length) return html`<p class="muted">No episode dates in the catalog yet.</p>`;
  return html`<ol class="episode-list">${page.episodes.map(
    (e) =>
      html`<li><a href="${showPath(page.show.id)}/episodes/${e.number}">Episode ${e.number}</a> ${renderAirDate(
        e.airDate,
      )}${e.watched ? html` <span class="muted">(watched)</span>` : null}</li>`,
  )}</ol>`;
}

/** The body of a show's page: names, network, progress form, cast, episodes, the two charts, articles and videos. */
export function renderShowPage(page: ShowPage, ctx: ShowPageContext): Html {
  const { show } = page;
  const entries = { csrfToken: ctx.csrfToken, back: showPath(show.id), headingLevel: 3 as const, t: ctx.t };
  const run = [renderAirDate(show.firstAirDate), renderAirDate(show.lastAirDate)];
  return html`<h1>${show.title}</h1>
${renderShowNames(show)}
<p class="meta"><span>${show.network.name}</span><span>${countOf(show.episodeCount, 'episode')}</span>${
    run[0] ? html`<span>${run[0]}${run[1] ? html` to ${run[1]}` : null}</span>` : null
  }</p>
${ctx.flash ? html`<p class="notice" role="status">${ctx.flash}</p>` : null}
${renderProgress(page, ctx)}
<section aria-labelledby="cast-heading"><h2 id="cast-heading">Cast and characters</h2>${renderCast(page)}</section>
<section aria-labelledby="episodes-heading"><h2 id="episodes-heading">Episodes</h2>${renderEpisodes(page)}</section>
<section aria-labelledby="ratings-heading"><h2 id="ratings-heading">Ratings</h2>${renderRatingsChart(page.episodes)}</section>
<section aria-labelledby="buzz-heading"><h2 id="buzz-heading">Buzz</h2>${renderBuzzChart(page.buzz)}</section>
${renderItemSections(page, entries, 'this show')}`;
}

/** The Articles and Videos sections of a show's or an episode's page. */
export function renderItemSections(
  page: { articles: FeedEntry[]; videos: FeedEntry[] },
  entries: Parameters<typeof renderEntries>[1],
  about: string,
): Html {
  return html`<section aria-labelledby="articles-heading"><h2 id="articles-heading">Articles</h2>${renderEntries(
    page.articles,
    entries,
    `No articles about ${about} yet.`,
  )}</section>
<section aria-labelledby="videos-heading"><h2 id="videos-heading">Videos</h2>${renderEntries(
    page.videos,
    entries,
    `No videos about ${about} yet.`,
  )}</section>`;
}
