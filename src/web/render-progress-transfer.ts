import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { ProgressImportReport } from '../progress/import-progress.js';
import type { Html } from './render-layout.js';

/** Under Settings → Progress: import from Trakt or MyDramaList (with the report of the last import), and export. */
export function renderProgressTransfer(
  ui: Ui,
  csrfToken: string | null,
  report: ProgressImportReport | null,
  error: Html | null,
): Html {
  const { t } = ui;
  const result = report
    ? html`<div class="notice" role="status" id="progress-report"><p>${t('progress.report', {
        matched: report.matched.length,
        unmatched: report.unmatched.length,
      })}</p>${
        report.matched.length
          ? html`<ul>${report.matched.map(
              (m) =>
                html`<li>${m.title} → ${m.showTitle}: ${t('progress.through', { episode: m.watchedThrough })}</li>`,
            )}</ul>`
          : null
      }${
        report.unmatched.length
          ? html`<p>${t('progress.unmatched')}</p><ul class="problems">${report.unmatched.map(
              (u) => html`<li>${u.where}: ${u.title}</li>`,
            )}</ul>`
          : null
      }</div>`
    : null;
  return html`${result}${error}
<form class="form" method="post" action="/settings/progress/import" enctype="multipart/form-data"><input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
<p class="field"><label for="progress-file">${t('progress.file')}</label>
<input id="progress-file" type="file" name="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv" required aria-describedby="progress-help"></p>
<p class="muted" id="progress-help">${t('progress.help')}</p>
<button type="submit">${t('progress.import')}</button>
</form>
<p><a class="button secondary-link" href="/settings/progress/export" download="haebang-progress.json">${t('progress.export')}</a></p>`;
}
