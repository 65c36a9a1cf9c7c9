import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { createAnalysisPool } from '../analyze/analysis-pool.js';
import type { Database } from '../store/open-database.js';
import { type ApiTestApp, openApiTestApp } from './api/api-test-app.js';
import { AuthTestClient } from './auth/auth-test-client.js';
import { createApp, maxAnalyzeBytes } from './create-app.js';

const article = 'Son Seok Koo rehearses a scene of My Liberation Notes episode 11 on the JTBC set.';
/** A long text of one sentence repeated: what froze the server for 930 s at 2 MB. */
const repeated = (bytes: number) => {
  const sentence = 'Son Suk Ku and Kim Ji Won share a quiet scene in episode 11 of My Liberation Notes on JTBC. ';
  return sentence.repeat(Math.floor(bytes / sentence.length));
};

describe('POST /api/analyze: a write like any other, bounded in size and time, off the event loop', () => {
  let database: Database;
  let t: ApiTestApp;
  beforeAll(async () => {
    database = await storageTargets[0].open();
    t = await openApiTestApp(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each([
    [
      'nobody logged in',
      () => t.anonymous.call('POST', '/api/analyze', { body: { text: article } }),
      401,
      'auth.required',
    ],
    [
      'no CSRF token',
      () => t.ana.call('POST', '/api/analyze', { body: { text: article }, noCsrf: true }),
      403,
      'auth.csrf',
    ],
    [
      'another origin',
      () =>
        t.ana.call('POST', '/api/analyze', { body: { text: article }, headers: { origin: 'https://evil.example' } }),
      403,
      'auth.csrf',
    ],
  ])('refuses a request with %s', async (_name, send, status, code) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it('analyses for a logged-in reader with the token', async () => {
    const res = await t.ana.call('POST', '/api/analyze', { body: { text: article, published: '2022-05-20' } });
    expect(res.status).toBe(200);
    const analysis = await res.json();
    expect(analysis.shows.map((s: { id: string }) => s.id)).toEqual(['my-liberation-notes']);
    expect(analysis.spoilers).toMatchObject([{ show: 'my-liberation-notes', throughEpisode: 11 }]);
  });

  it(`refuses a body over ${maxAnalyzeBytes / 1024} KB with 413 input.too-large`, async () => {
    const res = await t.ana.call('POST', '/api/analyze', { body: { text: 'x'.repeat(maxAnalyzeBytes) } });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('input.too-large');
  });

  it('answers /healthz while a long text is analysed, and analyses the longest text accepted in time', async () => {
    const analysis = t.ana.call('POST', '/api/analyze', { body: { text: repeated(maxAnalyzeBytes - 1024) } });
    const health = Promise.resolve(t.app.request('/healthz'));
    const first = await Promise.race([analysis.then(() => 'analysis'), health.then(() => 'healthz')]);
    expect(first).toBe('healthz');
    const res = await analysis;
    expect(res.status).toBe(200);
    expect((await res.json()).spoilers).toMatchObject([{ show: 'my-liberation-notes', throughEpisode: 11 }]);
  }, 30_000);

  it('stops an analysis that outlives its time limit, and analyses again after', async () => {
    const pool = createAnalysisPool({ timeoutMs: 100 });
    const app = createApp({ ...t.deps, analysisPool: pool });
    const reader = new AuthTestClient(app);
    await reader.login('bo', 'bo password');
    const slow = await reader.call('POST', '/api/analyze', { body: { text: repeated(maxAnalyzeBytes - 1024) } });
    expect(slow.status).toBe(503);
    expect((await slow.json()).error.code).toBe('analysis.timeout');
    await pool.close();
    const fast = await t.bo.call('POST', '/api/analyze', { body: { text: article } });
    expect(fast.status).toBe(200);
  }, 30_000);

  it('sends the analyse page to the login page when nobody is logged in', async () => {
    const res = await t.app.request('/analyze');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fanalyze');
  });
});
