import { html } from 'hono/html';
import { countOf } from '../i18n/count-of.js';
import type { ShowSummary } from '../reader/reader-schemas.js';
import type { Html } from './render-layout.js';

/** "Watched through ep. 3 of 16", "Following, not started", or "Not following". */
export function progressText(show: ShowSummary): string {
  if (show.watchedThrough === null) return 'Not following';
  if (show.watchedThrough === 0) return 'Following, not started';
  return `Watched through ep. ${show.watchedThrough} of ${show.episodeCount}`;
}

function years(show: ShowSummary): string | null {
  const from = show.firstAirDate?.slice(0, 4);
  const to = show.lastAirDate?.slice(0, 4);
  if (!from) return null;
  return to && to !== from ? `${from}–${to}` : from;
}

function renderShow(show: ShowSummary, unread: Record<string, number>): Html {
  const when = years(show);
  const n = unread[show.id];
  return html`<li><a href="/shows/${encodeURIComponent(show.id)}"><strong>${show.title}</strong></a>
<span lang="ko">${show.hangul}</span>
<p class="meta"><span>${show.network.name}</span>${when ? html`<span>${when}</span>` : null}<span>${countOf(show.episodeCount, 'episode')}</span><span class="progress">${progressText(show)}</span>${n ? html`<a class="unread-count" href="/?show=${encodeURIComponent(show.id)}">${n} unread</a>` : null}</p></li>`;
}

function renderSection(id: string, heading: string, shows: ShowSummary[], unread: Record<string, number>) {
  if (!shows.length) return null;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>
<ul class="show-list">${shows.map((s) => renderShow(s, unread))}</ul></section>`;
}

/**
 * Every show of the catalog: the ones the reader follows first, then the rest, each by title, with its unread count
 * (of the items the gate shows the reader).
 */
export function renderShowsPage(shows: ShowSummary[], unread: Record<string, number> = {}): Html {
  const sorted = [...shows].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const following = sorted.filter((s) => s.watchedThrough !== null);
  const others = sorted.filter((s) => s.watchedThrough === null);
  return html`<h1>Shows</h1>
${shows.length ? null : html`<p class="muted">The catalog has no shows yet. The owner can import one in Settings.</p>`}
${following.length ? null : html`<p>Open a show and set how far you have watched to follow it.</p>`}
${renderSection('following-heading', 'Following', following, unread)}
${renderSection('other-shows-heading', following.length ? 'Other shows' : 'All shows', others, unread)}`;
}
