import { html, raw } from 'hono/html';
import type { Ui } from '../i18n/ui.js';
import type { Html } from './render-layout.js';

/** The words the page's script needs, as a JSON data block (not a script: the CSP runs only served files). */
function scriptMessages(ui: Ui): Html {
  const { t } = ui;
  const messages = {
    title: t('analyze.field.title'),
    kind: t('analyze.field.kind'),
    shows: t('analyze.field.shows'),
    people: t('analyze.field.people'),
    characters: t('analyze.field.characters'),
    networks: t('analyze.field.networks'),
    reveals: t('analyze.reveals'),
    revealsNothing: t('analyze.revealsNothing'),
    ambiguous: t('analyze.ambiguous'),
    working: t('analyze.working'),
    done: t('analyze.done'),
  };
  // `<` escaped, so no text can close the block.
  return raw(
    `<script type="application/json" id="analyze-messages">${JSON.stringify(messages).replace(/</g, '\\u003c')}</script>`,
  );
}

/** The paste-an-article page's body (in the app's layout): the form, and where the script puts the analysis. */
export function renderAnalyzePage(ui: Ui): Html {
  const { t } = ui;
  return html`<h1>${t('analyze.heading')}</h1>
<p class="muted">${t('analyze.intro')}</p>
<div class="analyze">
<form id="analyze-form" class="form">
<p class="field"><label for="text">${t('analyze.text')}</label>
<textarea id="text" name="text" required placeholder="${t('analyze.placeholder')}"></textarea></p>
<p class="field"><label for="published">${t('analyze.published')}</label>
<input type="date" id="published" name="published"></p>
<button type="submit">${t('analyze.submit')}</button>
<p id="status" role="status" aria-live="polite"></p>
</form>
<section class="content" aria-labelledby="result-h">
<h2 id="result-h">${t('analyze.result')}</h2>
<p class="legend"><mark class="show">${t('analyze.legend.show')}</mark> <mark class="person">${t('analyze.legend.person')}</mark> <mark class="character">${t('analyze.legend.character')}</mark> <mark class="network">${t('analyze.legend.network')}</mark> <mark class="ambiguous">${t('analyze.legend.ambiguous')}</mark></p>
<dl id="summary" class="facts"></dl>
<div id="spoilers"></div>
<div id="article"></div>
</section>
</div>
${scriptMessages(ui)}
<script src="/assets/analyze.js" type="module"></script>`;
}
