import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIngestFixtures } from '../../test/ingest-fixtures.js';
import { type LoopbackServer, startLoopbackServer } from '../../test/loopback-server.js';
import { refreshFeed } from '../ingest/refresh-feed.js';
import { findFeed } from '../store/feeds-repository.js';
import { getProgress } from '../store/progress-repository.js';
import { openPagesApp, PageClient } from './pages-test-app.js';

const show = '/shows/my-liberation-notes';
/** Words of the fixture feed's recap of episode 11, which a reader at episode 10 must not see. */
const recapWords = 'confession at the bus stop';

describe('catalog pages', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let server: LoopbackServer;
  let owner: PageClient;
  const progress = async () => (await getProgress(opened.database.db, 1)).get('my-liberation-notes');

  beforeAll(async () => {
    opened = await openPagesApp();
    server = await startLoopbackServer();
    serveIngestFixtures(server);
  });
  afterAll(async () => {
    await server?.close();
    await opened?.database.close();
  });

  it('sends every page to /setup before the first user exists', async () => {
    const res = await new PageClient(opened.app).get(show);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/setup');
  });

  it('then sends a visitor to log in, and back here afterwards', async () => {
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
    for (const path of [show, `${show}/episodes/3`, '/people/son-suk-ku', '/settings']) {
      const res = await new PageClient(opened.app).get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('shows a show: names, network, cast, episodes, progress form and charts', async () => {
    const res = await owner.get(show);
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const fragment of [
      '<title>My Liberation Notes · haebang</title>',
      '<h1>My Liberation Notes</h1>',
      '<span lang="ko">나의 해방일지</span>',
      'My Liberation Diary',
      '<span>JTBC</span>',
      '<a href="/people/son-suk-ku">Son Suk-ku</a> <span lang="ko">손석구</span> as Mr. Gu (<span lang="ko">구씨</span>)',
      '<a href="/shows/my-liberation-notes/episodes/1">Episode 1</a> <time datetime="2022-04-09">9 Apr 2022</time>',
      '<a href="/shows/my-liberation-notes/episodes/16">Episode 16</a> <time datetime="2022-05-29">29 May 2022</time>',
      '<label for="watched-through">Watched through episode</label>',
      'name="watchedThrough"',
      'Save progress',
      '<title id="ratings-chart-title">Ratings by episode</title>',
      '<title id="buzz-chart-title">Items per day</title>',
      'You don’t follow this show',
    ])
      expect(page).toContain(fragment);
    expect(page).not.toContain('Stop following');
  });

  it('saves progress from the form, redirecting back with a flash', async () => {
    const res = await owner.post(`${show}/progress`, { watchedThrough: '10' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${show}?saved=progress#progress`);
    expect(await progress()).toBe(10);
    const page = await (await owner.get(`${show}?saved=progress`)).text();
    expect(page).toContain('Progress saved.');
    expect(page).toContain('value="10"');
    expect(page).toContain('You have watched through episode 10 of 16.');
    expect(page).toContain('Stop following');
  });

  it('refuses a progress form without the CSRF token', async () => {
    const res = await owner.post(`${show}/progress`, { watchedThrough: '3' }, { noCsrf: true });
    expect(res.status).toBe(403);
    expect(await progress()).toBe(10);
  });

  it.each([
    ['a number past the last episode', '17', 'This show has 16 episodes'],
    ['a negative number', '-1', 'enter a whole number from 0 to 16'],
    ['a fraction', '2.5', 'enter a whole number from 0 to 16'],
    ['words', 'ten', 'Enter the number of the last episode you watched'],
    ['nothing', '', 'Enter the number of the last episode you watched'],
  ])('shows the form again for %s (400), changing nothing', async (_name, value, message) => {
    const res = await owner.post(`${show}/progress`, { watchedThrough: value });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(message);
    expect(page).toContain('aria-invalid="true"');
    expect(await progress()).toBe(10);
  });

  it('answers 404 for a show that is not in the catalog', async () => {
    expect((await owner.get('/shows/no-such-show')).status).toBe(404);
    expect((await owner.post('/shows/no-such-show/progress', { watchedThrough: '1' })).status).toBe(404);
    expect((await owner.get(`${show}/episodes/99`)).status).toBe(404);
    expect((await owner.get(`${show}/episodes/x`)).status).toBe(404);
    expect((await owner.get('/people/nobody')).status).toBe(404);
  });

  it('hides the items past the reader’s progress on the show, episode and person pages', async () => {
    const res = await owner.post('/settings/feeds', { url: server.url('/desk.xml') });
    expect(res.status).toBe(303);
    const feed = await findFeed(opened.database.db, server.url('/desk.xml'));
    expect((await refreshFeed(opened.deps.ingest, feed!)).status).toBe('ok');

    const showPage = await (await owner.get(show)).text();
    expect(showPage).toContain('<article class="hidden-card"');
    expect(showPage).toContain('reveals My Liberation Notes ep. 11; you are at ep. 10');
    expect(showPage).not.toContain(recapWords);
    expect(showPage).toMatch(/<title id="buzz-chart-title">Items per day<\/title>/);
    expect(showPage).toMatch(/<th scope="row">20\d\d-\d\d-\d\d<\/th><td>\d+<\/td>/);

    const episode = await owner.get(`${show}/episodes/11`);
    expect(episode.status).toBe(200);
    const episodePage = await episode.text();
    expect(episodePage).toContain('<title>My Liberation Notes, episode 11 · haebang</title>');
    expect(episodePage).toContain('<time datetime="2022-05-14">14 May 2022</time>');
    expect(episodePage).toContain('<article class="hidden-card"');
    expect(episodePage).not.toContain(recapWords);

    const person = await (await owner.get('/people/son-suk-ku')).text();
    expect(person).toContain('<h1>Son Suk-ku <span lang="ko">손석구</span></h1>');
    expect(person).toContain('Spellings seen');
    expect(person).toContain('<a href="/shows/my-liberation-notes">My Liberation Notes</a>');
    expect(person).not.toContain(recapWords);

    await owner.post(`${show}/progress`, { watchedThrough: '11' });
    const after = await (await owner.get(`${show}/episodes/11`)).text();
    expect(after).toContain(recapWords);
    expect(after).not.toContain('<article class="hidden-card"');
  });

  it('stops following a show', async () => {
    const res = await owner.post(`${show}/unfollow`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${show}?saved=unfollowed#progress`);
    expect(await progress()).toBeUndefined();
    expect(await (await owner.get(`${show}?saved=unfollowed`)).text()).toContain('You no longer follow this show.');
  });
});
