import { html } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { Preferences } from '../store/preferences-repository.js';
import type { Html } from './render-layout.js';

/** Settings → Interface: the language and the colour scheme, each with "follow the browser/system". */
export function renderPreferencesForm(ui: Ui, prefs: Preferences, csrfToken: string | null, error: boolean): Html {
  const { t } = ui;
  const option = (value: string, label: string, current: string) =>
    html`<option value="${value}"${value === current ? html` selected` : null}>${label}</option>`;
  return html`<section aria-labelledby="interface-heading"><h2 id="interface-heading">${t('prefs.heading')}</h2>
<form class="form" method="post" action="/settings/interface"><input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
${error ? html`<div class="error" role="alert" id="interface-error"><p>${t('prefs.invalid')}</p></div>` : null}
<p class="field"><label for="pref-locale">${t('prefs.language')}</label>
<select id="pref-locale" name="locale">${option('auto', t('prefs.language.auto'), prefs.locale)}${option(
    'en',
    t('lang.en'),
    prefs.locale,
  )}${option('ko', t('lang.ko'), prefs.locale)}</select></p>
<p class="field"><label for="pref-theme">${t('prefs.theme')}</label>
<select id="pref-theme" name="theme">${option('auto', t('prefs.theme.auto'), prefs.theme)}${option(
    'light',
    t('prefs.theme.light'),
    prefs.theme,
  )}${option('dark', t('prefs.theme.dark'), prefs.theme)}</select></p>
<button type="submit">${t('prefs.save')}</button>
</form></section>`;
}
