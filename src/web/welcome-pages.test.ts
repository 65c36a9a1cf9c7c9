import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airingState } from '../reader/list-first-run-shows.js';
import { getProgress, getSettings } from '../store/progress-repository.js';
import { openPagesApp, PageClient } from './pages-test-app.js';

describe('airingState', () => {
  it.each([
    [{ firstAirDate: '2022-04-09', lastAirDate: '2022-05-29' }, '2022-05-01', 'airing'],
    [{ firstAirDate: '2022-04-09', lastAirDate: '2022-05-29' }, '2022-06-05', 'airing'],
    [{ firstAirDate: '2022-04-09', lastAirDate: '2022-05-29' }, '2022-06-06', 'ended'],
    [{ firstAirDate: '2022-04-09', lastAirDate: null }, '2022-04-09', 'airing'],
    [{ firstAirDate: '2022-04-09', lastAirDate: null }, '2022-04-08', 'upcoming'],
    [{ firstAirDate: null, lastAirDate: null }, '2022-04-08', 'upcoming'],
  ] as const)('%j on %s → %s', (show, today, expected) => {
    expect(airingState(show, today)).toBe(expected);
  });
});

describe('first run (/welcome)', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let owner: PageClient;
  beforeAll(async () => {
    opened = await openPagesApp();
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
  });
  afterAll(async () => opened?.database.close());

  it('lists the shows with a "watched through episode" field each, and proposes showing unfollowed shows', async () => {
    const page = await (await owner.get('/welcome?first=1')).text();
    expect(page).toContain('What are you watching?');
    expect(page).toContain('<strong>My Liberation Notes</strong>');
    expect(page).toMatch(
      /<input id="progress-my-liberation-notes" type="number" name="watchedThrough" min="0" max="16"/,
    );
    expect(page).toMatch(/id="welcome-policy-show" name="unfollowedPolicy" value="show" checked/);
  });

  it.each(['My Liberation Notes', 'my liberation notes', '나의 해방일지', 'Son Seok-gu', '손석구', 'liberation'])(
    'finds the show by %s',
    async (q) => {
      const page = await (await owner.get(`/welcome?q=${encodeURIComponent(q)}`)).text();
      expect(page).toContain('id="show-my-liberation-notes"');
    },
  );

  it('says when nothing matches', async () => {
    const page = await (await owner.get('/welcome?q=zzqqxx')).text();
    expect(page).toContain('No show matches “zzqqxx”');
    expect(page).not.toContain('id="show-my-liberation-notes"');
  });

  it('saves progress per show, refuses an episode past the last, and opens the feed with the chosen policy', async () => {
    const bad = await owner.post('/welcome/progress', { showId: 'my-liberation-notes', watchedThrough: '17', q: '' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Enter an episode from 0 (not started) to 16.');
    const res = await owner.post('/welcome/progress', {
      showId: 'my-liberation-notes',
      watchedThrough: '10',
      q: '해방',
      first: '1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      '/welcome?saved=my-liberation-notes&q=%ED%95%B4%EB%B0%A9&first=1#show-my-liberation-notes',
    );
    expect(await getProgress(opened.database.db, 1)).toEqual(new Map([['my-liberation-notes', 10]]));
    const page = await (await owner.get(res.headers.get('location')!)).text();
    expect(page).toContain('Saved your progress on My Liberation Notes.');
    expect(page).toContain('Watched through episode 10 of 16');
    expect(page).toMatch(/id="welcome-policy-show" name="unfollowedPolicy" value="show" checked/);
    // A later visit shows the reader's own choice (the account's: hide).
    expect(await (await owner.get('/welcome')).text()).toMatch(
      /id="welcome-policy-hide" name="unfollowedPolicy" value="hide" checked/,
    );
    expect((await owner.post('/welcome/done', { unfollowedPolicy: 'maybe' })).status).toBe(400);
    const done = await owner.post('/welcome/done', { unfollowedPolicy: 'show' });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/']);
    expect(await getSettings(opened.database.db, 1)).toEqual({ unfollowedPolicy: 'show', unsurePolicy: 'hide' });
  });

  it('speaks Korean to a Korean browser', async () => {
    const res = await opened.app.request('/welcome', {
      headers: { accept: 'text/html', 'accept-language': 'ko-KR', cookie: `haebang_session=${owner.cookie}` },
    });
    const page = await res.text();
    expect(page).toContain('요즘 어떤 드라마를 보고 계세요?');
    expect(page).toContain('전 16회 중 10회까지 봄');
  });
});
