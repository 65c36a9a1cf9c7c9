import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { OpmlImportReport } from '../ingest/import-opml.js';
import type { FeedRow } from '../store/feeds-repository.js';
import type { Html } from './render-layout.js';

export interface SourcesView {
  ui: Ui;
  csrfToken: string | null;
  feeds: Array<FeedRow & { items: number }>;
  /** The form error of this section (adding a feed, an OPML file). */
  error: Html | null;
  feedUrl: string;
  opmlReport: OpmlImportReport | null;
  demo: Html | null;
}

/** The intervals offered per feed (minutes); a feed set to another (CLI `--every`) keeps its own in the list. */
export const intervalChoices = [15, 30, 60, 120, 360, 720, 1440];

function intervalLabel(ui: Ui, minutes: number): string {
  if (minutes % 1440 === 0) return ui.t('sources.days', { n: minutes / 1440 });
  if (minutes % 60 === 0) return ui.t('sources.hours', { n: minutes / 60 });
  return ui.t('sources.minutes', { n: minutes });
}

const when = (ui: Ui, date: Date) =>
  html`<time datetime="${date.toISOString()}">${date.toLocaleString(ui.locale === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  })} UTC</time>`;

function renderFeed(view: SourcesView, f: FeedRow & { items: number }): Html {
  const { ui, csrfToken } = view;
  const { t } = ui;
  const csrf = html`<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">`;
  const name = f.title ?? f.url;
  const choices = [...new Set([...intervalChoices, f.interval_minutes])].sort((a, b) => a - b);
  const failed = f.last_error !== null;
  return html`<li class="feed" id="feed-${f.id}"><p><strong>${name}</strong> <span class="muted">(${t('sources.items', { n: f.items })})</span><br><code>${f.url}</code></p>
<ul class="feed-times">
<li>${t('sources.lastFetch')}: ${f.last_fetched_at ? when(ui, f.last_fetched_at) : t('sources.never')}</li>
${f.last_success_at && failed ? html`<li>${t('sources.lastSuccess')}: ${when(ui, f.last_success_at)}</li>` : null}
<li>${t('sources.nextFetch')}: ${when(ui, f.next_fetch_at)}</li>
</ul>
${failed ? html`<p class="error">${t('sources.lastError')}${f.last_fetched_at ? html` (${when(ui, f.last_fetched_at)})` : null}: ${f.last_error}</p>` : null}
<div class="feed-actions">
<form class="inline" method="post" action="/settings/feeds/${f.id}/fetch">${csrf}<button type="submit" aria-label="${t('sources.fetchNowFor', { name })}">${t('sources.fetchNow')}</button></form>
<form class="inline interval" method="post" action="/settings/feeds/${f.id}/interval">${csrf}
<label for="interval-${f.id}">${t('sources.interval')}</label>
<select id="interval-${f.id}" name="minutes">${choices.map(
    (m) =>
      html`<option value="${m}"${m === f.interval_minutes ? html` selected` : null}>${intervalLabel(ui, m)}</option>`,
  )}</select>
<button type="submit" class="secondary" aria-label="${t('sources.setIntervalFor', { name })}">${t('sources.setInterval')}</button></form>
<form class="inline" method="post" action="/settings/feeds/${f.id}/delete">${csrf}
<button type="submit" class="secondary" aria-label="${t('sources.removeFor', { name })}">${t('sources.remove')}</button></form>
</div></li>`;
}

function renderReport(ui: Ui, report: OpmlImportReport): Html {
  const { t } = ui;
  return html`<div class="notice" role="status" id="opml-report"><p>${t('sources.opmlReport', {
    added: report.added.length,
    existing: report.existing.length,
    failed: report.failed.length,
  })}</p>${
    report.failed.length
      ? html`<ul class="problems">${report.failed.map(
          (f) =>
            html`<li>${f.line !== null ? `${t('sources.line', { n: f.line })}: ` : ''}${f.url ? html`<code>${f.url}</code>: ` : null}${f.reason}</li>`,
        )}</ul>`
      : null
  }</div>`;
}

/** Settings → Sources (the owner's): each feed with its times, last error, "fetch now" and interval; OPML in and out. */
export function renderSourcesSection(view: SourcesView): Html {
  const { ui, csrfToken } = view;
  const { t } = ui;
  const csrf = html`<input type="hidden" name="_csrf" value="${csrfToken ?? ''}">`;
  return html`<section aria-labelledby="sources-heading"><h2 id="sources-heading">${t('sources.heading')}</h2>
${view.opmlReport ? renderReport(ui, view.opmlReport) : null}
${view.feeds.length ? html`<ul class="feeds">${view.feeds.map((f) => renderFeed(view, f))}</ul>` : html`<p class="muted">${t('sources.none')}</p>`}
${view.demo}
${view.error}
<form class="form" method="post" action="/settings/feeds">${csrf}
<p class="field"><label for="feed-url">${t('sources.feedUrl')}</label>
<input id="feed-url" type="url" name="url" required value="${view.feedUrl}" placeholder="https://…" aria-describedby="feed-url-help"></p>
<p class="muted" id="feed-url-help">${t('sources.feedUrlHelp')}</p>
<button type="submit">${t('sources.add')}</button>
</form>
<form class="form" method="post" action="/settings/opml" enctype="multipart/form-data">${csrf}
<p class="field"><label for="opml-file">${t('sources.opmlFile')}</label>
<input id="opml-file" type="file" name="file" accept=".opml,.xml,text/x-opml,application/xml,text/xml" required aria-describedby="opml-help"></p>
<p class="muted" id="opml-help">${t('sources.opmlHelp')}</p>
<button type="submit">${t('sources.opmlImport')}</button>
</form>
<p><a class="button secondary-link" href="/settings/opml" download="haebang-feeds.opml">${t('sources.opmlExport')}</a></p>
</section>`;
}
