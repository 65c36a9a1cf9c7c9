import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en.js';
import { ko } from '../i18n/messages-ko.js';
import { translator } from '../i18n/translate.js';
import { accountPages } from './account-pages.js';
import { itemStatePages } from './item-state-pages.js';
import { openPagesApp, PageClient } from './pages-test-app.js';
import { renderEntry } from './render-entry.js';
import { renderItemPage } from './render-item-page.js';
import { hiddenCard, shownItem } from './view-fixtures.js';

/** The English catalogue's plain messages that differ in Korean: none may be left on a Korean page. */
const english = Object.entries(en).flatMap(([key, value]) =>
  typeof value === 'string' && value.length > 3 && ko[key as keyof typeof ko] !== value ? [value] : [],
);
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const englishIn = (page: string) => english.filter((m) => page.includes(`>${escaped(m)}<`));

describe('the interface in Korean', () => {
  let opened: Awaited<ReturnType<typeof openPagesApp>>;
  let owner: PageClient;
  const korean = (path: string, cookie: string | null = owner.cookie) =>
    opened.app.request(path, {
      headers: {
        accept: 'text/html',
        'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5',
        ...(cookie ? { cookie: `haebang_session=${cookie}` } : {}),
      },
    });

  beforeAll(async () => {
    opened = await openPagesApp();
    opened.app.route('/', accountPages(opened.deps));
    opened.app.route('/', itemStatePages(opened.deps));
    owner = new PageClient(opened.app);
    await owner.login('min-ji', 'a long enough password', '/api/setup');
    expect((await owner.post('/shows/my-liberation-notes/progress', { watchedThrough: '10' })).status).toBe(303);
  });
  afterAll(async () => {
    await opened?.database.close();
  });

  it.each([
    [
      '/settings',
      '<h1>설정</h1>',
      ['>읽기</h2>', '>시청 진도</h2>', '>비밀번호</h2>', '>카탈로그</h2>', '>사용자</h2>'],
    ],
    ['/settings?saved=reading', '읽기 설정을 저장했습니다.', ['전 16회 중 10회까지 봄', '(관리자)']],
    ['/saved', '<h1>저장함</h1>', ['아직 저장한 글이 없습니다.']],
    [
      '/shows/my-liberation-notes?saved=progress',
      '시청 진도를 저장했습니다.',
      ['회차별 시청률', '<th scope="col">방송일</th>'],
    ],
  ])('%s is in Korean, with no English message of the catalogue', async (path, heading, more) => {
    const res = await korean(path);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<html lang="ko"/);
    for (const text of [heading, ...more]) expect(page).toContain(text);
    expect(englishIn(page)).toEqual([]);
  });

  it('shows the login form in Korean, and its error by code', async () => {
    const login = await (await korean('/login', null)).text();
    expect(login).toContain('<h1>로그인</h1>');
    expect(login).toContain('<label for="password">비밀번호</label>');
    expect(englishIn(login)).toEqual([]);
    const wrong = await opened.app.request('/login', {
      method: 'POST',
      headers: { 'accept-language': 'ko', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'min-ji', password: 'not the password' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('이름이나 비밀번호가 맞지 않습니다.');
  });

  it('explains an error page in Korean and keeps the English message as its detail', async () => {
    const res = await korean('/shows/no-such-show');
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain('<h1>찾을 수 없습니다</h1>');
    expect(page).toContain('이 주소에는 아무것도 없습니다.');
    expect(page).toMatch(/<span lang="en">[^<]+<\/span>/);
    const english = await owner.get('/shows/no-such-show');
    expect(await english.text()).not.toContain('<span lang="en">');
  });

  it('shows a progress problem on a show page in Korean', async () => {
    const res = await opened.app.request('/shows/my-liberation-notes/progress', {
      method: 'POST',
      headers: {
        'accept-language': 'ko',
        cookie: `haebang_session=${owner.cookie}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ watchedThrough: '17', _csrf: owner.csrfToken ?? '' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('이 드라마는 16부작입니다. 0부터 16까지의 정수를 입력해 주세요.');
  });
});

describe('why an item is hidden or shown, in the reader’s language', () => {
  it.each([
    ['en', 10, 'reveals My Liberation Notes ep. 11; you are at ep. 10'],
    ['ko', 10, 'My Liberation Notes 11회 스포일러 (지금 10회까지 시청)'],
    ['en', null, "reveals My Liberation Notes ep. 11; you don't follow it"],
    ['ko', null, 'My Liberation Notes 11회 스포일러 (팔로우하지 않는 드라마)'],
    ['ko', 0, 'My Liberation Notes 11회 스포일러 (아직 시청 전)'],
  ] as const)('a hidden card in %s, watched %s', (locale, watched, text) => {
    const card = hiddenCard({ reasons: [{ ...hiddenCard().reasons[0], watched }] });
    const out = String(renderEntry(card, { csrfToken: null, t: translator(locale) }));
    expect(out.replace(/&#39;/g, "'")).toContain(`<li>${text} <a`);
  });

  it.each([
    ['en', 'reveals up to ep. 4; you are at ep. 10'],
    ['ko', '4회까지의 내용 (지금 10회까지 시청)'],
  ] as const)('the "why shown" of an item page in %s', async (locale, text) => {
    const detail = { ...shownItem(), contentHtml: '<p>x</p>', captions: [], mentions: [], evidence: [], related: [] };
    const out = String(await renderItemPage(detail, null, translator(locale)).body);
    expect(out.replace(/&#39;/g, "'")).toContain(text);
  });
});
