import { html } from 'hono/html';
import type { Translate } from '../i18n/translate.js';
import type { ShowSummary } from '../reader/reader-schemas.js';
import { unreadLabel } from './render-item-actions.js';
import type { Html } from './render-layout.js';

/** "Watched through ep. 3 of 16", "Following, not started", or "Not following". */
export function progressText(show: ShowSummary, t: Translate): string {
  if (show.watchedThrough === null) return t('shows.notFollowing');
  if (show.watchedThrough === 0) return t('shows.notStarted');
  return t('shows.watched', { n: show.watchedThrough, total: show.episodeCount });
}

function years(show: ShowSummary): string | null {
  const from = show.firstAirDate?.slice(0, 4);
  const to = show.lastAirDate?.slice(0, 4);
  if (!from) return null;
  return to && to !== from ? `${from}–${to}` : from;
}

function renderShow(show: ShowSummary, unread: Record<string, number>, t: Translate): Html {
  const when = years(show);
  const n = unread[show.id];
  return html`<li><a href="/shows/${encodeURIComponent(show.id)}"><strong>${show.title}</strong></a>
<span lang="ko">${show.hangul}</span>
<p class="meta"><span>${show.network.name}</span>${when ? html`<span>${when}</span>` : null}<span>${t('shows.episodes', { n: show.episodeCount })}</span><span class="progress">${progressText(show, t)}</span>${n ? html`<a class="unread-count" href="/?show=${encodeURIComponent(show.id)}">${unreadLabel(n, Number.POSITIVE_INFINITY, t)}</a>` : null}</p></li>`;
}

function renderSection(
  id: string,
  heading: string,
  shows: ShowSummary[],
  unread: Record<string, number>,
  t: Translate,
) {
  if (!shows.length) return null;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>
<ul class="show-list">${shows.map((s) => renderShow(s, unread, t))}</ul></section>`;
}

/**
 * Every show of the catalog: the ones the reader follows first, then the rest, each by title, with its unread count
 * (of the items the gate shows the reader).
 */
export function renderShowsPage(shows: ShowSummary[], unread: Record<string, number>, t: Translate): Html {
  const sorted = [...shows].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const following = sorted.filter((s) => s.watchedThrough !== null);
  const others = sorted.filter((s) => s.watchedThrough === null);
  return html`<h1>${t('nav.shows')}</h1>
${shows.length ? null : html`<p class="muted">${t('shows.empty')}</p>`}
${following.length ? null : html`<p>${t('shows.howToFollow')}</p>`}
${renderSection('following-heading', t('feed.following'), following, unread, t)}
${renderSection('other-shows-heading', following.length ? t('feed.otherShows') : t('feed.allShows'), others, unread, t)}`;
}
