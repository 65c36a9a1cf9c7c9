import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFeeds } from '../store/feeds-repository.js';
import { getProgress } from '../store/progress-repository.js';
import { openPagesApp, PageClient } from './pages-test-app.js';

const opml = readFileSync(new URL('./fixtures/subscriptions.opml', import.meta.url), 'utf8');

describe('Settings → Sources', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let owner: PageClient;
  beforeAll(async () => {
    opened = await openPagesApp();
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
  });
  afterAll(async () => opened?.database.close());

  it('imports an OPML file and reports it; a second import adds nothing', async () => {
    const res = await owner.upload('/settings/opml', 'subscriptions.opml', opml);
    expect(res.status).toBe(200);
    const page = await res.text();
    // The file lists desk.xml twice: the second outline counts as followed already.
    expect(page).toContain('OPML imported: 2 added, 1 followed already, 0 could not be read.');
    expect(page).toContain('<strong>Seoul Screen Desk</strong>');
    expect((await listFeeds(opened.database.db)).map((f) => f.url)).toEqual([
      'http://127.0.0.1:9/desk.xml',
      'http://127.0.0.1:9/clips.xml',
    ]);
    const again = await (await owner.upload('/settings/opml', 'subscriptions.opml', opml)).text();
    expect(again).toContain('0 added, 3 followed already');
  });

  it('reports each outline it cannot read with its line, the URL once', async () => {
    const broken = opml.replace(
      '</body>',
      `  <outline type="rss" text="Old podcast" xmlUrl="feed://pod.example/rss"/>
    <outline text="A blog, not a feed" htmlUrl="https://blog.example/"/>
  </body>`,
    );
    const page = await (await owner.upload('/settings/opml', 'subscriptions.opml', broken)).text();
    expect(page).toContain('0 added, 3 followed already, 2 could not be read.');
    expect(page).toContain('<li>line 10: <code>feed://pod.example/rss</code>: not an http(s) URL</li>');
    expect(page).toContain(
      '<li>line 11: <code>https://blog.example/</code>: &quot;A blog, not a feed&quot;: no feed URL (xmlUrl) and no outlines inside</li>',
    );
  });

  it('refuses a file that is not OPML, saying why, and an empty upload', async () => {
    const bad = await owner.upload('/settings/opml', 'notes.txt', 'just some notes, no outline');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('notes.txt');
    expect((await owner.upload('/settings/opml', '', '')).status).toBe(400);
  });

  it('exports the feeds as OPML', async () => {
    const res = await owner.get('/settings/opml');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="haebang-feeds.opml"');
    const text = await res.text();
    expect(text).toContain('xmlUrl="http://127.0.0.1:9/desk.xml"');
    expect(text).toContain('xmlUrl="http://127.0.0.1:9/clips.xml"');
  });

  it('sets the interval of one feed from the list, and refuses another value', async () => {
    const [desk, clips] = await listFeeds(opened.database.db);
    const res = await owner.post(`/settings/feeds/${desk.id}/interval`, { minutes: '120' });
    expect(res.status).toBe(303);
    const page = await (await owner.get(res.headers.get('location')!)).text();
    expect(page).toContain('Seoul Screen Desk is now fetched at the new interval.');
    expect(page).toMatch(/<option value="120" selected>2 hours<\/option>/);
    expect((await owner.post(`/settings/feeds/${desk.id}/interval`, { minutes: '3' })).status).toBe(400);
    const after = await listFeeds(opened.database.db);
    expect(after.map((f) => f.interval_minutes)).toEqual([120, clips.interval_minutes]);
  });

  it('imports progress from a MyDramaList list, reports what matched nothing, and exports it', async () => {
    const csv = readFileSync(new URL('../progress/fixtures/mydramalist-list.csv', import.meta.url), 'utf8');
    const res = await owner.upload('/settings/progress/import', 'mdl.csv', csv);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Progress imported: 2 shows matched, 1 not found in the catalog.');
    expect(page).toContain('<li>row 4: Twinkling Watermelon</li>');
    expect(await getProgress(opened.database.db, 1)).toEqual(new Map([['my-liberation-notes', 9]]));
    const out = await owner.get('/settings/progress/export');
    expect(JSON.parse(await out.text()).shows).toEqual([
      expect.objectContaining({ id: 'my-liberation-notes', watchedThrough: 9 }),
    ]);
    const bad = await owner.upload('/settings/progress/import', 'x.json', '{"nope": 1}');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('neither a Trakt export nor a MyDramaList list');
  });

  it('fetches a feed now and shows when, and the error with its time', async () => {
    const [desk] = await listFeeds(opened.database.db);
    const res = await owner.post(`/settings/feeds/${desk.id}/fetch`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/saved=fetch-failed&feed=\d+&added=0#feed-\d+$/);
    const page = await (await owner.get(res.headers.get('location')!)).text();
    expect(page).toContain('Fetching Seoul Screen Desk failed:');
    const [fetched] = await listFeeds(opened.database.db);
    expect(fetched.last_fetched_at).not.toBeNull();
    expect(fetched.last_error).toBeTruthy();
    expect(page).toMatch(/Last fetched: <time datetime="[^"]+">/);
    expect(page).toMatch(/<p class="error">Last error \(<time datetime="[^"]+">[^<]+<\/time>\): /);
    expect((await owner.post('/settings/feeds/999/fetch')).status).toBe(404);
  });
});
