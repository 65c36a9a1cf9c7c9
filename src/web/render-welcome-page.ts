import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { FirstRunShow } from '../reader/list-first-run-shows.js';
import type { UnfollowedPolicy } from '../store/users-repository.js';
import type { Html } from './render-layout.js';

export interface WelcomeView {
  ui: Ui;
  csrfToken: string | null;
  query: string;
  shows: FirstRunShow[];
  unfollowedPolicy: UnfollowedPolicy;
  /** The show whose progress was just saved (after the redirect), for the notice. */
  savedShow: string | null;
  error: string | null;
  /** The first run itself (kept through searches and saves). */
  first: boolean;
}

const csrf = (view: WelcomeView) => html`<input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">`;

const firstField = (view: WelcomeView) => (view.first ? html`<input type="hidden" name="first" value="1">` : null);

function renderShow(view: WelcomeView, show: FirstRunShow): Html {
  const { t } = view.ui;
  const field = `progress-${show.id}`;
  const years = show.firstAirDate ? show.firstAirDate.slice(0, 4) : null;
  const status =
    show.watchedThrough === null
      ? t('welcome.notFollowing')
      : show.watchedThrough === 0
        ? t('welcome.followingNone')
        : t('welcome.watchedThrough', { episode: show.watchedThrough, total: show.episodeCount });
  return html`<li class="pick" id="show-${show.id}">
<p><strong>${show.title}</strong> <span lang="ko">${show.hangul}</span>${
    show.airing === 'airing' ? html` <span class="badge">${t('welcome.airing')}</span>` : null
  }${show.airing === 'upcoming' ? html` <span class="badge">${t('welcome.upcoming')}</span>` : null}<br>
<span class="muted">${[show.network.name, years, t('welcome.episodes', { total: show.episodeCount })].filter(Boolean).join(' · ')}</span><br>
<span class="muted">${status}</span></p>
<form class="pick-form" method="post" action="/welcome/progress">${csrf(view)}
<input type="hidden" name="showId" value="${show.id}"><input type="hidden" name="q" value="${view.query}">${firstField(view)}
<label for="${field}">${t('welcome.watchedLabel')}</label>
<input id="${field}" type="number" name="watchedThrough" min="0" max="${show.episodeCount}" inputmode="numeric" required value="${show.watchedThrough ?? ''}">
<button type="submit" aria-label="${t('welcome.saveFor', { show: show.title })}">${t('welcome.save')}</button>
</form></li>`;
}

function renderPolicy(view: WelcomeView): Html {
  const { t } = view.ui;
  const radio = (value: UnfollowedPolicy, label: string, help: string) =>
    html`<p class="field-inline"><input type="radio" id="welcome-policy-${value}" name="unfollowedPolicy" value="${value}"${
      view.unfollowedPolicy === value ? html` checked` : null
    } aria-describedby="welcome-policy-${value}-help"> <label for="welcome-policy-${value}">${label}</label></p>
<p class="muted help" id="welcome-policy-${value}-help">${help}</p>`;
  return html`<section aria-labelledby="policy-heading"><h2 id="policy-heading">${t('welcome.policyHeading')}</h2>
<form class="form" method="post" action="/welcome/done">${csrf(view)}
<fieldset><legend>${t('welcome.policyLegend')}</legend>
${radio('show', t('welcome.policyShow'), t('welcome.policyShowHelp'))}
${radio('hide', t('welcome.policyHide'), t('welcome.policyHideHelp'))}
</fieldset>
<p class="muted">${t('welcome.policyLater')}</p>
<button type="submit">${t('welcome.openFeed')}</button>
</form></section>`;
}

/** The first run: which shows the reader watches and how far (search any spelling), then how to treat the rest. */
export function renderWelcomePage(view: WelcomeView): Html {
  const { t } = view.ui;
  const saved = view.savedShow
    ? html`<p class="notice" role="status">${t('welcome.saved', { show: view.savedShow })}</p>`
    : null;
  const list = view.shows.length
    ? html`<ul class="picks">${view.shows.map((s) => renderShow(view, s))}</ul>`
    : html`<p class="muted">${t('welcome.noMatch', { query: view.query })}</p>`;
  return html`<h1>${t('welcome.heading')}</h1>
<p>${t('welcome.intro')}</p>
${saved}
${view.error ? html`<p class="error" role="alert">${view.error}</p>` : null}
<section aria-labelledby="shows-heading"><h2 id="shows-heading">${t('welcome.showsHeading')}</h2>
<form class="filters" method="get" action="/welcome" role="search">
<div><label for="welcome-search">${t('welcome.searchLabel')}</label>
<input id="welcome-search" type="search" name="q" value="${view.query}" maxlength="200" placeholder="${t('welcome.searchPlaceholder')}"></div>
${firstField(view)}<button type="submit">${t('welcome.search')}</button>
</form>
<p class="muted">${view.query ? t('welcome.results', { query: view.query }) : t('welcome.airingFirst')}</p>
${list}
</section>
${renderPolicy(view)}`;
}
