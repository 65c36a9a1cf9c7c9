import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountSafeFeeds } from '../server/api/feed-token-routes.js';
import { readFeedTokenOf } from '../store/feed-tokens-repository.js';
import { listUsers } from '../store/users-repository.js';
import { openPagesApp, PageClient } from './pages-test-app.js';

// Settings → Your safe feed: the forms over the same token code as PUT/DELETE /api/feed-token. The feed URLs are
// fetched from the app itself to see which work.

const urlsIn = (page: string) => ({
  atom: /id="feed-atom-url" type="url" value="([^"]+)"/.exec(page)?.[1],
  json: /id="feed-json-url" type="url" value="([^"]+)"/.exec(page)?.[1],
});

describe('the safe feed on the settings page', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let owner: PageClient;
  let member: PageClient;
  const status = async (url: string) => (await opened.app.request(new URL(url).pathname)).status;
  const userId = async (name: string) => (await listUsers(opened.database.db)).find((u) => u.name === name)!.id;

  beforeAll(async () => {
    opened = await openPagesApp();
    mountSafeFeeds(opened.app, opened.deps);
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
    expect((await owner.post('/settings/users', { name: 'bo', password: 'another long password' })).status).toBe(303);
    member = new PageClient(opened.app);
    await member.login('bo', 'another long password');
  });
  afterAll(async () => {
    await opened?.database.close();
  });

  it('offers to make the feed when there is none', async () => {
    const page = await (await member.get('/settings')).text();
    expect(page).toContain('<h2 id="feed-token-heading">Your safe feed</h2>');
    expect(page).toContain('You have no feed address yet.');
    expect(page).toMatch(/<form class="form" method="post" action="\/settings\/feed-token">/);
    expect(page).toMatch(/id="feed-hidden-list" name="hiddenItems" value="list" checked/);
    expect(page).not.toContain('/settings/feed-token/delete');
  });

  it('makes the URLs and shows them once; they serve Atom and JSON Feed', async () => {
    const res = await owner.post('/settings/feed-token', { hiddenItems: 'list' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Copy them now');
    const urls = urlsIn(page);
    expect(urls.atom).toMatch(/^http:\/\/localhost\/feeds\/[A-Za-z0-9_-]{32}\/atom$/);
    expect(urls.json).toBe(urls.atom!.replace(/atom$/, 'json'));
    const atom = await opened.app.request(new URL(urls.atom!).pathname);
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await status(urls.json!)).toBe(200);
    // Shown this once: the page after it has no URL, only that there is one.
    const later = await (await owner.get('/settings')).text();
    expect(urlsIn(later)).toEqual({ atom: undefined, json: undefined });
    expect(later).not.toContain(new URL(urls.atom!).pathname.split('/')[2]);
    expect(later).toContain('Your feed addresses work. Items hidden from you are listed as “hidden: reveals ep. N”');
  });

  it('changes the choice for hidden items and keeps the URLs working; remaking them stops the old ones', async () => {
    const first = urlsIn(await (await owner.post('/settings/feed-token', { hiddenItems: 'list' })).text());
    const res = await owner.post('/settings/feed-token/hidden-items', { hiddenItems: 'omit' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/settings?saved=feed-token#feed-token-heading');
    expect(await readFeedTokenOf(opened.database.db, await userId('min-ji'))).toEqual({ hiddenItems: 'omit' });
    expect(await status(first.atom!)).toBe(200);
    const page = await (await owner.get('/settings?saved=feed-token')).text();
    expect(page).toContain('Feed setting saved.');
    expect(page).toContain('Items hidden from you are left out.');
    expect(page).toMatch(/id="feed-hidden-omit" name="hiddenItems" value="omit" checked/);

    const second = urlsIn(await (await owner.post('/settings/feed-token', { hiddenItems: 'omit' })).text());
    expect(second.atom).not.toBe(first.atom);
    expect(await status(first.atom!)).toBe(404);
    expect(await status(first.json!)).toBe(404);
    expect(await status(second.atom!)).toBe(200);
    expect(await readFeedTokenOf(opened.database.db, await userId('min-ji'))).toEqual({ hiddenItems: 'omit' });
  });

  it('each reader has their own feed: the member’s does not touch the owner’s', async () => {
    const owners = urlsIn(await (await owner.post('/settings/feed-token', { hiddenItems: 'list' })).text());
    const members = urlsIn(await (await member.post('/settings/feed-token', { hiddenItems: 'omit' })).text());
    expect(members.atom).not.toBe(owners.atom);
    expect(await status(owners.atom!)).toBe(200);
    expect(await status(members.atom!)).toBe(200);
    const ownerFeed = await (await opened.app.request(new URL(owners.json!).pathname)).json();
    const memberFeed = await (await opened.app.request(new URL(members.json!).pathname)).json();
    expect(ownerFeed.title).toBe('haebang: min-ji');
    expect(memberFeed.title).toBe('haebang: bo');
  });

  it('turns the feed off: its URLs answer 404 and the page offers to make new ones', async () => {
    const urls = urlsIn(await (await member.post('/settings/feed-token', { hiddenItems: 'list' })).text());
    const res = await member.post('/settings/feed-token/delete');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/settings?saved=feed-token-off#feed-token-heading');
    expect(await status(urls.atom!)).toBe(404);
    expect(await status(urls.json!)).toBe(404);
    const page = await (await member.get('/settings?saved=feed-token-off')).text();
    expect(page).toContain('Your feed is off');
    expect(page).toContain('You have no feed address yet.');
    // No feed to change.
    expect((await member.post('/settings/feed-token/hidden-items', { hiddenItems: 'omit' })).status).toBe(404);
  });

  it.each([
    ['/settings/feed-token', { hiddenItems: 'everything' }],
    ['/settings/feed-token', {}],
    ['/settings/feed-token/hidden-items', { hiddenItems: 'LIST' }],
  ])('refuses a choice that is not list or omit (%s %j), saying so by the form', async (path, fields) => {
    await owner.post('/settings/feed-token', { hiddenItems: 'list' });
    const res = await owner.post(path, fields);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose whether hidden items are listed or left out.');
    expect(await readFeedTokenOf(opened.database.db, await userId('min-ji'))).toEqual({ hiddenItems: 'list' });
  });

  it.each(['/settings/feed-token', '/settings/feed-token/hidden-items', '/settings/feed-token/delete'])(
    'refuses %s without the CSRF token, and without a session',
    async (path) => {
      expect((await owner.post(path, { hiddenItems: 'list' }, { noCsrf: true })).status).toBe(403);
      const res = await new PageClient(opened.app).post(path, { hiddenItems: 'list' });
      expect([302, 303, 401, 403]).toContain(res.status);
      expect(await readFeedTokenOf(opened.database.db, await userId('min-ji'))).toEqual({ hiddenItems: 'list' });
    },
  );
});
