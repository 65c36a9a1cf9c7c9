import { html } from 'hono/html';
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
export function renderShowNames(show: ShowSummary, t: Translate): Html {
  return html`<p class="names"><span lang="ko">${show.hangul}</span>${
    show.aliases.length
      ? html` · ${t('show.aka')} ${show.aliases.map((a, i) => html`${i ? ', ' : ''}<i>${a}</i>`)}`
      : null
  }</p>`;
}

function renderProgress(page: ShowPage, ctx: ShowPageContext): Html {
  const { show } = page;
  const { t } = ctx;
  const error = ctx.progressError;
  const value = error ? error.value : String(show.watchedThrough ?? 0);
  const status =
    show.watchedThrough === null
      ? t('show.notFollowing')
      : show.watchedThrough === 0
        ? t('show.notStarted')
        : t('show.watched', { n: show.watchedThrough, total: show.episodeCount });
  const described = error ? 'progress-help progress-error' : 'progress-help';
  return html`<section id="progress" aria-labelledby="progress-heading">
<h2 id="progress-heading">${t('show.progress')}</h2>
<p>${status}</p>
<form class="form" method="post" action="${showPath(show.id)}/progress">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
${error ? html`<p class="error" id="progress-error" role="alert">${error.message}</p>` : null}
<p class="field"><label for="watched-through">${t('show.watchedLabel')}</label>
<input id="watched-through" type="number" name="watchedThrough" min="0" max="${show.episodeCount}" step="1" inputmode="numeric" required value="${value}" aria-describedby="${described}"${error ? html` aria-invalid="true"` : null}></p>
<p class="muted" id="progress-help">${t('show.progressHelp')}</p>
<button type="submit">${t('show.saveProgress')}</button>
</form>
${
  show.watchedThrough === null
    ? null
    : html`<form class="inline" method="post" action="${showPath(show.id)}/unfollow">
<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">
<p><button type="submit" class="secondary">${t('show.unfollow')}</button></p>
</form>`
}
</section>`;
}

function renderCast(page: ShowPage, t: Translate): Html {
  if (!page.cast.length) return html`<p class="muted">${t('show.noCast')}</p>`;
  return html`<ul class="cast">${page.cast.map(
    (c) =>
      html`<li><a href="/people/${encodeURIComponent(c.person.id)}">${c.person.name}</a>${
        c.person.hangul ? html` <span lang="ko">${c.person.hangul}</span>` : null
      } ${t('show.as', { name: c.character })}${c.characterHangul ? html` (<span lang="ko">${c.characterHangul}</span>)` : null}</li>`,
  )}</ul>`;
}

function renderEpisodes(page: ShowPage, t: Translate): Html {
  if (!page.episodes.length) return html`<p class="muted">${t('show.noEpisodes')}</p>`;
  return html`<ol class="episode-list">${page.episodes.map(
    (e) =>
      html`<li><a href="${showPath(page.show.id)}/episodes/${e.number}">${t('show.episode', { n: e.number })}</a> ${renderAirDate(
        e.airDate,
        t,
      )}${e.watched ? html` <span class="muted">${t('show.watchedMark')}</span>` : null}</li>`,
  )}</ol>`;
}

/** The body of a show's page: names, network, progress form, cast, episodes, the two charts, articles and videos. */
export function renderShowPage(page: ShowPage, ctx: ShowPageContext): Html {
  const { show } = page;
  const { t } = ctx;
  const entries = { csrfToken: ctx.csrfToken, back: showPath(show.id), headingLevel: 3 as const, t };
  const run = [renderAirDate(show.firstAirDate, t), renderAirDate(show.lastAirDate, t)];
  return html`<h1>${show.title}</h1>
${renderShowNames(show, t)}
<p class="meta"><span>${show.network.name}</span><span>${t('shows.episodes', { n: show.episodeCount })}</span>${
    run[0] ? html`<span>${run[0]}${run[1] ? html` ${t('show.to')} ${run[1]}` : null}</span>` : null
  }</p>
${ctx.flash ? html`<p class="notice" role="status">${ctx.flash}</p>` : null}
${renderProgress(page, ctx)}
<section aria-labelledby="cast-heading"><h2 id="cast-heading">${t('show.cast')}</h2>${renderCast(page, t)}</section>
<section aria-labelledby="episodes-heading"><h2 id="episodes-heading">${t('show.episodes')}</h2>${renderEpisodes(page, t)}</section>
<section aria-labelledby="ratings-heading"><h2 id="ratings-heading">${t('show.ratings')}</h2>${renderRatingsChart(page.episodes, undefined, t)}</section>
<section aria-labelledby="buzz-heading"><h2 id="buzz-heading">${t('show.buzz')}</h2>${renderBuzzChart(page.buzz, undefined, t)}</section>
${renderItemSections(page, entries, [t('show.noArticles'), t('show.noVideos')])}`;
}

/** The Articles and Videos sections of a show's or an episode's page. */
export function renderItemSections(
  page: { articles: FeedEntry[]; videos: FeedEntry[] },
  entries: Parameters<typeof renderEntries>[1],
  [noArticles, noVideos]: [string, string],
): Html {
  const { t } = entries;
  return html`<section aria-labelledby="articles-heading"><h2 id="articles-heading">${t('show.articles')}</h2>${renderEntries(
    page.articles,
    entries,
    noArticles,
  )}</section>
<section aria-labelledby="videos-heading"><h2 id="videos-heading">${t('show.videos')}</h2>${renderEntries(
    page.videos,
    entries,
    noVideos,
  )}</section>`;
}
