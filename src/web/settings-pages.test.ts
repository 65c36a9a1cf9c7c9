import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoItems } from '../demo/load-demo-items.js';
import { readCatalog } from '../store/catalog-repository.js';
import { countDemoItems } from '../store/demo-repository.js';
import { listFeeds } from '../store/feeds-repository.js';
import { getPreferences } from '../store/preferences-repository.js';
import { getSettings } from '../store/progress-repository.js';
import { listUsers } from '../store/users-repository.js';
import { openPagesApp, PageClient, smallCatalog } from './pages-test-app.js';
import { decodeReport, encodeReport } from './settings-pages.js';

/** The small catalog with the finale's nationwide rating (6.7%, as in the README's example). */
function catalogWithFinaleRating(): string {
  const catalog = JSON.parse(smallCatalog);
  catalog.shows[0].episodes = [{ number: 16, airDate: '2022-05-29', rating: 6.7 }];
  return JSON.stringify(catalog);
}

describe('settings pages', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let owner: PageClient;
  let member: PageClient;

  beforeAll(async () => {
    opened = await openPagesApp();
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
    expect((await owner.post('/settings/users', { name: 'bo', password: 'another long password' })).status).toBe(303);
    member = new PageClient(opened.app);
    await member.login('bo', 'another long password');
  });
  afterAll(async () => {
    await opened?.database.close();
  });

  it('shows the owner every section', async () => {
    const page = await (await owner.get('/settings')).text();
    for (const heading of ['Reading', 'Progress', 'Password', 'Sources', 'Catalog', 'Users'])
      expect(page).toContain(`>${heading}</h2>`);
    for (const label of ['Hide all their plot', 'Show everything', 'Save settings', 'Feed URL', 'Add feed'])
      expect(page).toContain(label);
    expect(page).toContain('<label for="catalog-file">Catalog file</label>');
    expect(page).toContain('Import catalog');
    expect(page).toMatch(/<li>bo <span class="muted">\(member\)<\/span><\/li>/);
  });

  it('shows a member only their own sections, and refuses them the owner’s forms (403)', async () => {
    const page = await (await member.get('/settings')).text();
    for (const heading of ['Reading', 'Progress', 'Password']) expect(page).toContain(`>${heading}</h2>`);
    for (const heading of ['Sources', 'Catalog', 'Users']) expect(page).not.toContain(`>${heading}</h2>`);
    expect((await member.post('/settings/feeds', { url: 'https://news.example.com/feed.xml' })).status).toBe(403);
    expect((await member.post('/settings/users', { name: 'eve', password: 'a long enough password' })).status).toBe(
      403,
    );
    expect((await member.post('/settings/feeds/1/delete')).status).toBe(403);
    expect((await member.upload('/settings/catalog', 'catalog.json', catalogWithFinaleRating())).status).toBe(403);
    expect(await listFeeds(opened.database.db)).toEqual([]);
    expect((await listUsers(opened.database.db)).map((u) => u.name)).toEqual(['min-ji', 'bo']);
  });

  it('saves the reading settings of one user only', async () => {
    const res = await member.post('/settings/reading', { unfollowedPolicy: 'show' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/settings?saved=reading');
    expect(await getSettings(opened.database.db, 2)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'hide' });
    expect((await getSettings(opened.database.db, 1))?.unfollowedPolicy ?? 'hide').toBe('hide');
    const page = await (await member.get('/settings?saved=reading')).text();
    expect(page).toContain('Reading settings saved.');
    expect(page).toMatch(/id="policy-show" name="unfollowedPolicy" value="show" checked/);
    expect((await member.post('/settings/reading', { unfollowedPolicy: 'sometimes' })).status).toBe(400);
  });

  it('switches one user to Korean and the dark theme; the browser language counts only under "auto"', async () => {
    const res = await member.post('/settings/interface', { locale: 'ko', theme: 'dark' });
    expect(res.status).toBe(303);
    expect(await getPreferences(opened.database.db, 2)).toEqual({ locale: 'ko', theme: 'dark' });
    const page = await (await member.get('/settings?saved=interface')).text();
    expect(page).toMatch(/<html lang="ko" data-theme="dark">/);
    expect(page).toContain('화면 설정을 저장했습니다.');
    expect(page).toContain('>설정</a>');
    const ownerPage = await (await owner.get('/settings')).text();
    expect(ownerPage).toMatch(/<html lang="en">/);
    expect((await member.post('/settings/interface', { locale: 'fr', theme: 'dark' })).status).toBe(400);
    expect(await getPreferences(opened.database.db, 2)).toEqual({ locale: 'ko', theme: 'dark' });
    await member.post('/settings/interface', { locale: 'auto', theme: 'auto' });
    const korean = await opened.app.request('/settings', {
      headers: { accept: 'text/html', 'accept-language': 'ko-KR,ko;q=0.9', cookie: `haebang_session=${member.cookie}` },
    });
    expect(await korean.text()).toMatch(/<html lang="ko">/);
    expect(await (await member.get('/settings')).text()).toMatch(/<html lang="en">/);
  });

  it('changes a password only with the current one', async () => {
    const wrong = await member.post('/settings/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new password',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('the current password is wrong');
    const short = await member.post('/settings/password', {
      currentPassword: 'another long password',
      newPassword: 'x',
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('a password has at least 8 characters');
    const res = await member.post('/settings/password', {
      currentPassword: 'another long password',
      newPassword: 'a brand new password',
    });
    expect(res.status).toBe(303);
    expect((await member.get('/settings')).status).toBe(200);
  });

  it('shows why a feed cannot be added, keeping the URL in the form', async () => {
    const res = await owner.post('/settings/feeds', { url: 'ftp://files.example.com/feed.xml' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('not an http(s) URL: ftp://files.example.com/feed.xml');
    expect(page).toContain('value="ftp://files.example.com/feed.xml"');
    expect(await listFeeds(opened.database.db)).toEqual([]);
  });

  it('lists the problems of a bad catalog file and imports nothing of it', async () => {
    const before = await readCatalog(opened.database.db);
    const bad = JSON.parse(catalogWithFinaleRating());
    bad.shows[0].network = 'kbs2';
    bad.shows[0].cast.push({ person: 'nobody-known', character: 'Somebody' });
    bad.people.push({ id: 'new-person', name: 'New Person', hangul: '새사람' });
    const res = await owner.upload('/settings/catalog', 'bad-catalog.json', JSON.stringify(bad));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('bad-catalog.json: 2 problems; nothing was imported');
    expect(page).toContain('<li><code>$.shows[0].network: unknown network &quot;kbs2&quot;</code></li>');
    expect(page).toContain('$.shows[0].cast[4].person: unknown person &quot;nobody-known&quot;');
    expect(await readCatalog(opened.database.db)).toEqual(before);
    expect(opened.state.catalogChanges).toBe(0);

    const notJson = await owner.upload('/settings/catalog', 'notes.json', '{"networks": [');
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toContain('notes.json: not valid JSON');
    expect(await readCatalog(opened.database.db)).toEqual(before);
  });

  it('imports a good catalog file, reports it, and hides a rating past the reader’s progress', async () => {
    const res = await owner.upload('/settings/catalog', 'catalog.json', catalogWithFinaleRating());
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe('/settings?saved=catalog&report=0.0.2-0.0.4-0.1.0');
    expect(opened.state.catalogChanges).toBe(1);
    const page = await (await owner.get(location)).text();
    expect(page).toContain('Catalog imported.');
    expect(page).toContain('<tr><th scope="row">shows</th><td>0</td><td>1</td><td>0</td></tr>');

    await owner.post('/shows/my-liberation-notes/progress', { watchedThrough: '10' });
    const hidden = await (await owner.get('/shows/my-liberation-notes')).text();
    expect(hidden).toContain('<th scope="row">16</th><td>2022-05-29</td><td>hidden until you watch it</td>');
    expect(hidden).not.toContain('6.7%');
    const episode = await (await owner.get('/shows/my-liberation-notes/episodes/16')).text();
    expect(episode).toContain('<dt>Rating</dt><dd>hidden until you watch it</dd>');
    expect(episode).not.toContain('6.7');

    await owner.post('/shows/my-liberation-notes/progress', { watchedThrough: '16' });
    const shown = await (await owner.get('/shows/my-liberation-notes')).text();
    expect(shown).toContain('<title>Episode 16: 6.7%</title>');
    expect(shown).toContain('<th scope="row">16</th><td>2022-05-29</td><td>6.7%</td>');
  });

  it('lets the owner remove the demo items, and offers it only while there are some', async () => {
    const { added } = await loadDemoItems(opened.deps.ingest);
    expect(added).toBeGreaterThan(0);
    expect(await (await member.get('/settings')).text()).not.toContain('Remove the demo items');
    expect((await member.post('/settings/demo/delete', {})).status).toBe(403);
    expect(await countDemoItems(opened.database.db)).toBe(added);
    expect(await (await owner.get('/settings')).text()).toContain(`${added} demo items`);
    const res = await owner.post('/settings/demo/delete', {});
    expect(res.status).toBe(303);
    expect(await countDemoItems(opened.database.db)).toBe(0);
    expect(await (await owner.get('/settings')).text()).not.toContain('Remove the demo items');
  }, 60_000);

  it('lists followed shows under Progress', async () => {
    const page = await (await owner.get('/settings')).text();
    expect(page).toContain(
      '<a href="/shows/my-liberation-notes">My Liberation Notes</a>: watched through episode 16 of 16',
    );
  });

  it('adds a member, and explains a name taken already', async () => {
    const taken = await owner.post('/settings/users', { name: 'BO', password: 'a long enough password' });
    expect(taken.status).toBe(400);
    const page = await taken.text();
    expect(page).toContain('a user named &quot;BO&quot; already exists');
    expect(page).toContain('value="BO"');
  });

  it.each([
    {
      networks: { added: 0, updated: 0, unchanged: 2 },
      people: { added: 1, updated: 2, unchanged: 3 },
      shows: { added: 45, updated: 0, unchanged: 0 },
    },
  ])('carries the import report through the redirect', (report) => {
    expect(decodeReport(encodeReport(report))).toEqual(report);
    expect(decodeReport('1.2.3')).toBeNull();
    expect(decodeReport(undefined)).toBeNull();
  });
});
