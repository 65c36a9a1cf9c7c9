import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../test/storage-targets.js';
import type { ApiRouteSpec } from './api-route.js';
import { analysisSchema } from './api-schemas.js';
import { type ApiTestApp, openApiTestApp } from './api-test-app.js';
import { apiRoutes, openApiDocument, openApiPath } from './openapi-document.js';

type Operation = {
  parameters?: Array<{ name?: string; in?: string; $ref?: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: { 'application/json': { schema: { $ref: string } } } }>;
  security: unknown[];
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> };
};

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

describe('OpenAPI document', () => {
  const doc = openApiDocument() as Doc;
  let t: ApiTestApp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const database = await openMemoryDatabase();
    close = database.close;
    t = await openApiTestApp(database);
  }, 120_000);
  afterAll(() => close?.());

  it('is served at /api/openapi.json to anyone', async () => {
    const res = await t.anonymous.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(doc.openapi).toBe('3.1.0');
  });

  it('describes every route the app serves under /api, and no other', () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path.slice('/api'.length))}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    for (const required of ['get /api/feed', 'post /api/session', 'put /api/progress/{showId}', 'post /api/analyze'])
      expect(documented).toContain(required);
  });

  it('resolves every $ref, and names every path parameter', () => {
    const resolvable = new Set([
      ...Object.keys(doc.components.schemas).map((n) => `#/components/schemas/${n}`),
      ...Object.keys(doc.components.parameters).map((n) => `#/components/parameters/${n}`),
    ]);
    for (const ref of refsIn(doc)) expect(resolvable, ref).toContain(ref);
    for (const [path, ops] of Object.entries(doc.paths))
      for (const op of Object.values(ops)) {
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(inPath, path).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      }
  });

  it('documents the session cookie, the CSRF header and the error shape', () => {
    const feeds = doc.paths['/api/feeds'].post;
    expect(feeds.security).toEqual([{ sessionCookie: [] }]);
    expect(feeds.parameters).toContainEqual({ $ref: '#/components/parameters/csrfToken' });
    expect(Object.keys(feeds.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '409',
      '413',
      '422',
      '502',
      '504',
    ]);
    expect(feeds.responses['403'].content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(doc.paths['/api/feed'].get.parameters?.map((p) => p.name)).toEqual([
      'show',
      'person',
      'kind',
      'media',
      'cursor',
      'limit',
    ]);
    expect(doc.paths['/api/openapi.json'].get.security).toEqual([]);
    expect(doc.components.schemas.FeedEntry).toMatchObject({ oneOf: expect.any(Array) });
  });

  it('every GET answer of the app fits the schema the document gives for it', async () => {
    const concrete = (spec: ApiRouteSpec) =>
      `/api${spec.path}`
        .replace(':itemId', t.ids.recap4)
        .replace(':showId', 'my-liberation-notes')
        .replace(':episode', '4')
        .replace(':personId', 'son-suk-ku');
    const gets = apiRoutes().filter((s) => s.method === 'get' && s.response);
    expect(gets.length).toBeGreaterThan(10);
    for (const spec of gets) {
      const res = await t.owner.call('GET', `${concrete(spec)}${spec.path === '/search' ? '?q=Son+Seok+Koo' : ''}`);
      expect(res.status, spec.path).toBe(spec.status);
      const parsed = spec.response!.safeParse(await res.json());
      expect(parsed.success, `${spec.path}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('the analysis answer fits its schema', async () => {
    const res = await t.ana.call('POST', '/api/analyze', {
      body: { text: 'Son Seok Koo rehearses a scene of My Liberation Notes episode 11 on the JTBC set.' },
    });
    expect(res.status).toBe(200);
    const analysis = analysisSchema.parse(await res.json());
    expect(analysis.people.map((p) => p.id)).toContain('son-suk-ku');
  });
});
