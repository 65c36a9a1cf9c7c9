import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { buildLinker } from '../link/build-linker.js';
import { createApp, maxBodyBytes } from './create-app.js';

const parsed = validateCatalog(
  JSON.parse(readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const linker = buildLinker(parsed.catalog);
const app = createApp({ linker: () => linker });

const post = (body: unknown, contentType = 'application/json') =>
  app.request('/api/analyze', { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });

describe('web app', () => {
  it('serves the paste page with security headers', async () => {
    const res = await app.request('/analyze');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<textarea id="text"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });

  it.each([
    ['GET', '/analyze'],
    ['GET', '/healthz'],
    ['GET', '/assets/analyze.js'],
    ['GET', '/no-such-page'],
    ['POST', '/api/analyze'],
  ])('%s %s: runs no inline script and may not be framed', async (method, path) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{' : undefined,
    });
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the paste page in the layout, with its script as a file and no inline script', async () => {
    const page = await (await app.request('/analyze', { headers: { 'accept-language': 'ko' } })).text();
    expect(page).toContain('<html lang="ko">');
    expect(page).toContain('<script src="/assets/analyze.js" type="module"></script>');
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline).toEqual([' type="application/json" id="analyze-messages"']);
    expect(page).toContain('기사 분석');
    const script = await app.request('/assets/analyze.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("fetch('/api/analyze'");
    const icon = await app.request('/assets/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect((await app.request('/favicon.ico')).headers.get('location')).toBe('/assets/favicon.svg');
    expect((await app.request('/assets/nope.js')).status).toBe(404);
  });

  it('refuses to analyse without a database: nobody can log in', async () => {
    const res = await post({ text: 'Son Seok Koo shines in “My Liberation Notes” on JTBC.' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('auth.required');
  });

  it('refuses a body over the limit before any route reads it', async () => {
    const res = await app.request('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(maxBodyBytes + 1) },
      body: 'x'.repeat(maxBodyBytes + 1),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('input.too-large');
  });
});

describe('web app served by node-server (its light responses, as `serve` runs it)', () => {
  const served = createApp({ linker: () => linker });
  // Headers that cannot be changed (Response.redirect's): the security headers must still be added.
  served.get('/test-immutable', () => Response.redirect('http://127.0.0.1/analyze', 302));
  let server: ReturnType<typeof serve>;
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: served.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['/analyze', 200, 'private, no-cache'],
    ['/healthz', 200, 'private, no-cache'],
    ['/assets/analyze.js', 200, null],
    ['/no-such-page', 404, 'private, no-cache'],
    ['/test-immutable', 302, 'private, no-cache'],
  ])('GET %s: answers %i with every security header', async (path, status, cacheControl) => {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    if (cacheControl) expect(res.headers.get('cache-control')).toBe(cacheControl);
    else expect(res.headers.get('cache-control')).not.toBe('private, no-cache');
    await res.text();
  });
});
