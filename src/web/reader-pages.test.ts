import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureName, readerFixtures, storeReaderFixtures } from '../../test/reader-fixtures.js';
import { storageTargets } from '../../test/storage-targets.js';
import { createApp } from '../server/create-app.js';
import type { Database } from '../store/open-database.js';
import { setProgress } from '../store/progress-repository.js';
import { findUserByName } from '../store/users-repository.js';

const show = 'my-liberation-notes';

/** A browser-like client: keeps the session cookie, asks for HTML, posts forms with the page's CSRF token. */
class Browser {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(private readonly app: Hono) {}

  async request(path: string, init: { method?: string; form?: Record<string, string>; csrf?: boolean } = {}) {
    const headers: Record<string, string> = { accept: 'text/html' };
    if (this.cookie) headers.cookie = `haebang_session=${this.cookie}`;
    let body: string | undefined;
    if (init.form) {
      const form = new URLSearchParams(init.form);
      if (this.csrfToken && init.csrf !== false) form.set('_csrf', this.csrfToken);
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin = 'http://localhost';
      body = form.toString();
    }
    const res = await this.app.request(path, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body });
    const set = /haebang_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '');
    if (set) this.cookie = set[1] || null;
    return res;
  }

  /** GETs a page and keeps the CSRF token of its forms. */
  async page(path: string): Promise<{ status: number; html: string }> {
    const res = await this.request(path);
    const html = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html);
    if (token) this.csrfToken = token[1];
    return { status: res.status, html };
  }

  post(path: string, form: Record<string, string> = {}, csrf = true) {
    return this.request(path, { form, csrf });
  }
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`reader pages on ${target.name}`, () => {
    let database: Database;
    let app: Hono;
    let ids: Record<FixtureName, string>;
    let owner: Browser;
    beforeAll(async () => {
      database = await target.open();
      const stored = await storeReaderFixtures(database);
      ids = stored.ids;
      app = createApp(stored.deps);
      owner = new Browser(app);
    }, 180_000);
    afterAll(() => database?.close());

    it('sends every page to /setup on the first run, and setup creates the owner and logs them in', async () => {
      const visitor = new Browser(app);
      for (const path of ['/', '/shows', `/items/${ids.recap11}`, '/search?q=x', '/login']) {
        const res = await visitor.request(path);
        expect([path, res.status, res.headers.get('location')]).toEqual([path, 303, '/setup']);
      }
      const form = await owner.page('/setup');
      expect(form.html).toContain('<title>Create account · haebang</title>');
      expect(form.html).toMatch(/<label for="name">Name<\/label>[\s\S]*<label for="password">Password<\/label>/);
      expect(form.html).toContain('Create account</button>');
      const short = await owner.post('/setup', { name: 'min-ji', password: 'short' });
      expect(short.status).toBe(400);
      const shortHtml = await short.text();
      expect(shortHtml).toContain('class="error" role="alert"');
      expect(shortHtml).toContain('at least 8 characters');
      expect(shortHtml).toContain('value="min-ji"');
      const done = await owner.post('/setup', { name: 'min-ji', password: 'a long password' });
      expect(done.status).toBe(303);
      expect(owner.cookie).toBeTruthy();
      expect((await owner.page('/setup')).status).toBe(303);
      const again = await new Browser(app).post('/setup', { name: 'intruder', password: 'a long password' });
      expect([again.status, again.headers.get('location')]).toEqual([303, '/login']);
    });

    it('sends a visitor to /login?next= and back after logging in; a wrong password shows an error', async () => {
      const visitor = new Browser(app);
      const res = await visitor.request(`/items/${ids.ratings8}?x=1`);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/items/${ids.ratings8}?x=1`)}`);
      const form = await visitor.page(res.headers.get('location')!);
      expect(form.html).toContain(`name="next" value="/items/${ids.ratings8}?x=1"`);
      expect(form.html).toContain('Log in</button>');
      const wrong = await visitor.post('/login', { name: 'min-ji', password: 'not the password', next: '/shows' });
      expect(wrong.status).toBe(401);
      const wrongHtml = await wrong.text();
      expect(wrongHtml).toContain('wrong user name or password');
      expect(wrongHtml).toContain('name="next" value="/shows"');
      const ok = await visitor.post('/login', { name: 'min-ji', password: 'a long password', next: '/shows' });
      expect([ok.status, ok.headers.get('location')]).toEqual([303, '/shows']);
      const evil = await new Browser(app).post('/login', {
        name: 'min-ji',
        password: 'a long password',
        next: '//evil.example/',
      });
      expect(evil.headers.get('location')).toBe('/');
      expect((await visitor.request('/login?next=/shows')).headers.get('location')).toBe('/shows');
    });

    it('rate-limits logins and says when to try again', async () => {
      const visitor = new Browser(app);
      let last: Response | null = null;
      for (let i = 0; i < 6; i++) last = await visitor.post('/login', { name: 'nobody-here', password: 'guess guess' });
      expect(last!.status).toBe(429);
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await last!.text()).toContain('class="error"');
    });

    it('shows the feed with hidden cards that carry nothing of the hidden items', async () => {
      const user = await findUserByName(database.db, 'min-ji');
      await setProgress(database.db, user!.id, show, 10);
      const { status, html } = await owner.page('/');
      expect(status).toBe(200);
      // Two unread items shown (the pre-air and ratings news); the hidden two are not counted.
      expect(html).toContain('<title>(2) Feed · haebang</title>');
      expect(html).toContain(`<article class="hidden-card" id="item-${ids.recap11}" data-item="${ids.recap11}"`);
      expect(html).toContain('reveals My Liberation Notes ep. 11; you are at ep. 10');
      expect(html).toContain(readerFixtures.ratings8.title);
      for (const name of ['recap11', 'video11'] as const) {
        expect(html).not.toContain(readerFixtures[name].title);
        expect(html).not.toContain(`news.example.com/${name}`);
      }
      expect(html).not.toMatch(/img\.example\.com|ytimg|og:|bench|Han Ye-seul|<img|<figure/);
      expect(html).toMatch(/<label for="filter-show">Show<\/label>/);
      expect(html).toMatch(/<label for="filter-kind">Kind<\/label>/);
      expect(html).not.toContain('filter-person');
      // What happens to shows not followed, with the one-click switch back to the feed.
      expect(html).toContain('The plot of shows you don’t follow is hidden.');
      expect(html).toMatch(/name="unfollowedPolicy" value="show"><input type="hidden" name="back" value="feed">/);
    });

    it('filters the feed and pages it with an "Older items" link', async () => {
      const ratings = await owner.page('/?show=&kind=ratings');
      expect(ratings.html).toContain(readerFixtures.ratings8.title);
      expect(ratings.html).not.toContain(readerFixtures.preair.title);
      expect(ratings.html).toContain('<option value="ratings" selected>Ratings</option>');
      const person = await owner.page('/?person=son-suk-ku');
      expect(person.html).toMatch(/<label for="filter-person">Person<\/label>/);
      expect(person.html).toContain('<option value="son-suk-ku" selected>Son Suk-ku</option>');
      const first = await owner.page('/?limit=2');
      const older = /<a href="([^"]+)" rel="next">Older items<\/a>/.exec(first.html);
      expect(older).not.toBeNull();
      const second = await owner.page(older![1].replaceAll('&amp;', '&'));
      expect(second.html).toContain(readerFixtures.preair.title);
      expect(second.html).not.toContain('Older items');
      expect((await owner.request('/?kind=gossip')).status).toBe(400);
    });

    it('shows a hidden item page without anything of the item, then reveals and hides it again', async () => {
      const hidden = await owner.page(`/items/${ids.recap11}`);
      expect(hidden.html).toContain('<title>Hidden item · haebang</title>');
      expect(hidden.html).toContain('<h1>Hidden item</h1>');
      expect(hidden.html).toContain('Reveal this item</button>');
      expect(hidden.html).not.toContain(readerFixtures.recap11.title);
      expect(hidden.html).not.toMatch(
        /img\.example\.com|news\.example\.com|og:|bus stop|bench|Han Ye-seul|<img|<figure/,
      );

      expect((await owner.post(`/items/${ids.recap11}/reveal`, { back: '/' }, false)).status).toBe(403);
      const reveal = await owner.post(`/items/${ids.recap11}/reveal`, { back: '/?kind=recap' });
      expect([reveal.status, reveal.headers.get('location')]).toEqual([303, `/?kind=recap#item-${ids.recap11}`]);
      const shown = await owner.page(`/items/${ids.recap11}`);
      expect(shown.html).toContain(`<h1>${readerFixtures.recap11.title}</h1>`);
      expect(shown.html).toContain('class="revealed-marker"');
      // Revealed, the feed's picture is shown above the text, lazy, with its caption and credit.
      expect(shown.html).toContain(
        '<figure class="lead-image"><img src="https://img.example.com/feed/mln-11-bench.jpg" alt="Mi-jeong and Mr. Gu on the bench in episode 11" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption><span>Mi-jeong and Mr. Gu on the bench in episode 11</span> <small class="credit">Test News / Han Ye-seul</small></figcaption></figure>',
      );
      expect(shown.html).toContain('class="mention"');
      expect(shown.html).toContain('Why this is shown');
      expect(shown.html).toContain('Hide again</button>');
      expect(shown.html).toContain('rel="noopener noreferrer"');
      expect(shown.html).not.toContain('og:title');
      const hide = await owner.post(`/items/${ids.recap11}/hide`);
      expect([hide.status, hide.headers.get('location')]).toEqual([303, `/items/${ids.recap11}`]);
      expect((await owner.page(`/items/${ids.recap11}`)).html).toContain('<h1>Hidden item</h1>');
    });

    it('gives a shown item its preview tags and says why it is shown', async () => {
      const { html } = await owner.page(`/items/${ids.ratings8}`);
      expect(html).toContain(`<title>${readerFixtures.ratings8.title} · haebang</title>`);
      expect(html).toContain(`<meta property="og:title" content="${readerFixtures.ratings8.title}">`);
      expect(html).toContain('<h2 id="why-heading">Why this is shown</h2>');
      expect(html).toContain('<h2 id="related-heading">Related</h2>');
      expect(html).toContain('href="https://news.example.com/ratings8"');
      expect(html).not.toContain('Hide again');
    });

    it('answers an unknown item with a 404 page', async () => {
      for (const id of ['0123456789abcdef01234567', 'not%20an%20id']) {
        const res = await owner.request(`/items/${id}`);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('text/html');
        expect(await res.text()).toContain('<h1>Not found</h1>');
      }
    });

    it('answers an unknown path with a 404 page, and under /api with JSON', async () => {
      const page = await owner.request('/no/such/page');
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('<title>Not found · haebang</title>');
      const api = await owner.request('/api/no-such-route');
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: { code: 'not-found' } });
    });

    it('lists the shows with the reader’s progress', async () => {
      const { html } = await owner.page('/shows');
      expect(html).toContain('<a href="/shows" aria-current="page">Shows</a>');
      expect(html).toMatch(
        /<h2 id="following-heading">Following<\/h2>[\s\S]*My Liberation Notes[\s\S]*Watched through ep\. 10 of 16/,
      );
      expect(html).toContain('나의 해방일지');
      expect(html).toContain('JTBC');
    });

    it('searches by another spelling and by Hangul, and refuses a query that is too long', async () => {
      for (const q of ['Son Seok Koo', '손석구']) {
        const { status, html } = await owner.page(`/search?q=${encodeURIComponent(q)}`);
        expect(status).toBe(200);
        expect(html).toMatch(/<h2 id="people-heading">People<\/h2><ul><li><a href="\/people\/son-suk-ku">/);
        expect(html).toContain('<h2 id="items-heading">Items</h2>');
        expect(html).not.toContain(readerFixtures.recap11.title);
      }
      expect((await owner.page('/search')).status).toBe(200);
      expect((await owner.request(`/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    });

    it('serves the stylesheet, and logs out', async () => {
      const csp = (await owner.request('/')).headers.get('content-security-policy');
      expect(csp).toContain("img-src 'self' https: data:");
      expect(csp).toContain('frame-src https://www.youtube.com');
      const css = await owner.request('/assets/app.css');
      expect(css.headers.get('content-type')).toContain('text/css');
      expect(await css.text()).toContain(':focus-visible');
      await owner.page('/');
      const out = await owner.post('/logout');
      expect([out.status, out.headers.get('location')]).toEqual([303, '/login']);
      expect(owner.cookie).toBeNull();
      expect((await owner.request('/')).headers.get('location')).toBe('/login');
    });
  });
}
