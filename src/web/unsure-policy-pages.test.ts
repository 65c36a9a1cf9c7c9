import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { ItemDetail } from '../reader/reader-schemas.js';
import { getSettings } from '../store/progress-repository.js';
import { openPagesApp, PageClient } from './pages-test-app.js';
import { renderEntry } from './render-entry.js';
import { renderItemPage } from './render-item-page.js';
import { shownItem } from './view-fixtures.js';

describe('the setting for unsure horizons (Settings → Reading)', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let reader: PageClient;
  beforeAll(async () => {
    opened = await openPagesApp();
    reader = new PageClient(opened.app);
    await reader.login('min-ji', 'a long enough password', '/api/setup');
  });
  afterAll(async () => opened?.database.close());

  it('offers both choices, hiding by default', async () => {
    const page = await (await reader.get('/settings')).text();
    expect(page).toContain('<legend>Items the analyser is unsure of</legend>');
    expect(page).toMatch(/id="unsure-hide" name="unsurePolicy" value="hide" checked/);
    expect(page).toMatch(/id="unsure-warn" name="unsurePolicy" value="warn">/);
    expect(page).toContain('<label for="unsure-warn">Show them with a warning</label>');
  });

  it('saves "show with a warning", keeps it when only the other setting is sent, and refuses other values', async () => {
    const res = await reader.post('/settings/reading', { unfollowedPolicy: 'hide', unsurePolicy: 'warn' });
    expect(res.status).toBe(303);
    expect(await getSettings(opened.database.db, 1)).toEqual({ unfollowedPolicy: 'hide', unsurePolicy: 'warn' });
    const page = await (await reader.get('/settings?saved=reading')).text();
    expect(page).toMatch(/id="unsure-warn" name="unsurePolicy" value="warn" checked/);
    // The one-click switch above the feed sends the unfollowed-shows policy alone.
    expect((await reader.post('/settings/reading', { unfollowedPolicy: 'show', back: 'feed' })).status).toBe(303);
    expect(await getSettings(opened.database.db, 1)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'warn' });
    const bad = await reader.post('/settings/reading', { unfollowedPolicy: 'hide', unsurePolicy: 'sometimes' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose &quot;Hide them&quot; or &quot;Show them with a warning&quot;.');
    expect(await getSettings(opened.database.db, 1)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'warn' });
  });

  it('speaks Korean to a Korean reader', async () => {
    expect((await reader.post('/settings/interface', { locale: 'ko', theme: 'auto' })).status).toBe(303);
    const page = await (await reader.get('/settings')).text();
    expect(page).toContain('<legend>분석이 확실하지 않은 글</legend>');
    expect(page).toContain('경고와 함께 보여 주기');
    await reader.post('/settings/interface', { locale: 'en', theme: 'auto' });
  });
});

describe('the warning on an item shown despite unsure horizons', () => {
  const warned = shownItem({
    warnings: [
      {
        showId: 'my-liberation-notes',
        showTitle: 'My Liberation Notes',
        throughEpisode: 11,
        watched: 10,
        text: 'may reveal My Liberation Notes ep. 11 (the analyser is unsure of the episode); you are at ep. 10',
      },
    ],
  });
  const english =
    'May reveal My Liberation Notes up to ep. 11: the analyser is unsure of the episode. You are at ep. 10.';
  const korean = 'My Liberation Notes 11회까지의 내용이 있을 수 있습니다.';

  it.each([
    ['a card, in English', () => renderEntry(warned, { csrfToken: null, t: translator('en') }), english],
    ['a card, in Korean', () => renderEntry(warned, { csrfToken: null, t: translator('ko') }), korean],
    [
      'an item page, in English',
      () =>
        renderItemPage(
          { ...warned, contentHtml: '<p>…</p>', captions: [], mentions: [], evidence: [], related: [] } as ItemDetail,
          null,
          translator('en'),
        ).body,
      english,
    ],
  ])('on %s', async (_name, render, text) => {
    const html = (await render()).toString();
    expect(html).toContain('class="unsure-warning" role="note"');
    expect(html).toContain(text);
  });

  it('is absent from an item shown without unsure horizons', async () => {
    expect((await renderEntry(shownItem(), { csrfToken: null, t: translator('en') })).toString()).not.toContain(
      'unsure-warning',
    );
  });
});
