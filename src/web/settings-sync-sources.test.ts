import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSyncSources } from '../sync/sync-sources-setting.js';
import { openPagesApp, PageClient } from './pages-test-app.js';

describe('Settings → Catalog sources', () => {
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
  afterAll(async () => opened?.database.close());

  it('shows both sources off until the owner turns one on, with the host each contacts', async () => {
    const page = await (await owner.get('/settings')).text();
    expect(page).toContain('<h2 id="sync-sources-heading">Catalog sources</h2>');
    expect(page).toMatch(/<strong>Wikidata<\/strong> <code>query\.wikidata\.org<\/code>: off/);
    expect(page).toMatch(/<strong>TMDB<\/strong> <code>api\.themoviedb\.org<\/code>: off/);
    expect(page).toContain('TMDB also needs HAEBANG_TMDB_TOKEN or HAEBANG_TMDB_API_KEY');
    expect(await readSyncSources(opened.database.db)).toEqual({ wikidata: false, tmdb: false });
  });

  it('turns a source on and off again, saying so', async () => {
    const res = await owner.post('/settings/sync-sources', { source: 'wikidata', on: 'true' });
    expect(res.status).toBe(303);
    const page = await (await owner.get(res.headers.get('location')!)).text();
    expect(page).toContain('Wikidata is on: the daily catalog sync contacts it.');
    expect(page).toMatch(/<code>query\.wikidata\.org<\/code>: on/);
    expect(page).toContain('Turn Wikidata off');
    expect(await readSyncSources(opened.database.db)).toEqual({ wikidata: true, tmdb: false });
    const off = await owner.post('/settings/sync-sources', { source: 'wikidata', on: 'false' });
    expect(await (await owner.get(off.headers.get('location')!)).text()).toContain('Wikidata is off');
    expect(await readSyncSources(opened.database.db)).toEqual({ wikidata: false, tmdb: false });
  });

  it.each([
    ['an unknown source', { source: 'imdb', on: 'true' }, 400],
    ['a value that is neither true nor false', { source: 'tmdb', on: 'yes' }, 400],
  ])('refuses %s, changing nothing', async (_name, fields, status) => {
    const res = await owner.post('/settings/sync-sources', fields);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain('Choose a source from the list.');
    expect(await readSyncSources(opened.database.db)).toEqual({ wikidata: false, tmdb: false });
  });

  it('is the owner’s alone, and needs the CSRF token', async () => {
    expect(await (await member.get('/settings')).text()).not.toContain('Catalog sources');
    expect((await member.post('/settings/sync-sources', { source: 'tmdb', on: 'true' })).status).toBe(403);
    const forged = await owner.post('/settings/sync-sources', { source: 'tmdb', on: 'true' }, { noCsrf: true });
    expect(forged.status).toBe(403);
    expect(await readSyncSources(opened.database.db)).toEqual({ wikidata: false, tmdb: false });
  });

  it('speaks Korean to an owner who chose it', async () => {
    await owner.post('/settings/interface', { locale: 'ko', theme: 'auto' });
    const res = await owner.post('/settings/sync-sources', { source: 'tmdb', on: 'true' });
    const page = await (await owner.get(res.headers.get('location')!)).text();
    expect(page).toContain('드라마 정보 출처');
    expect(page).toContain('TMDB(더 무비 데이터베이스)을(를) 켰습니다.');
    expect(page).toContain('위키데이터(Wikidata) 켜기');
    await owner.post('/settings/sync-sources', { source: 'tmdb', on: 'false' });
    await owner.post('/settings/interface', { locale: 'auto', theme: 'auto' });
  });
});
