import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { openMemoryDatabase } from '../../test/storage-targets.js';
import { testReaderDeps } from '../../test/test-reader-deps.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { loadConfig } from '../config/load-config.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { authRoutes } from '../server/auth/auth-routes.js';
import { createAuthMiddleware } from '../server/auth/create-auth-middleware.js';
import { errorResponse } from '../server/error-response.js';
import type { Database } from '../store/open-database.js';
import { catalogPages } from './catalog-pages.js';
import { uiMiddleware } from './ui-middleware.js';

export const smallCatalog = readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');

/**
 * Test support: the catalog pages mounted the way the app mounts them (auth middleware, the /api auth routes), over a
 * fresh in-memory database holding the small catalog. `catalogChanges` counts the calls of `catalogChanged`.
 */
export async function openPagesApp() {
  const database: Database = await openMemoryDatabase();
  const { db } = database;
  await importCatalog(db, { text: smallCatalog, origin: 'small-catalog.json' });
  const config = loadConfig({}, { dataDir: 'memory://', allowPrivateFetch: true });
  const { deps, catalogChanges } = await testReaderDeps(createIngestDeps(db, { allowPrivateFetch: true }), config);
  const state = {
    get catalogChanges() {
      return catalogChanges();
    },
  };
  const app = new Hono();
  app.onError((error, c) => errorResponse(error, c));
  app.use('*', createAuthMiddleware(deps));
  app.use('*', uiMiddleware(deps));
  app.route('/api', authRoutes(deps));
  app.route('/', catalogPages(deps));
  return { app, database, deps, state };
}

/** A browser-like client: keeps the session cookie and posts forms with the `_csrf` field, as the pages do. */
export class PageClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(private readonly app: Hono) {}

  private headers(): Record<string, string> {
    return this.cookie ? { cookie: `haebang_session=${this.cookie}` } : {};
  }

  async get(path: string): Promise<Response> {
    return this.app.request(path, { headers: { ...this.headers(), accept: 'text/html' } });
  }

  /** Posts a form; `noCsrf` leaves the `_csrf` field out. */
  async post(path: string, fields: Record<string, string> = {}, options: { noCsrf?: boolean } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (this.csrfToken && !options.noCsrf) body.set('_csrf', this.csrfToken);
    return this.app.request(path, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** Posts a multipart form with one file field named `file`. */
  async upload(path: string, name: string, text: string): Promise<Response> {
    const form = new FormData();
    if (this.csrfToken) form.set('_csrf', this.csrfToken);
    form.set('file', new File([text], name, { type: 'application/json' }));
    return this.app.request(path, { method: 'POST', headers: this.headers(), body: form });
  }

  /** Logs in through the JSON API (or runs the first-run setup with `/api/setup`). */
  async login(name: string, password: string, path = '/api/session'): Promise<void> {
    const res = await this.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (!res.ok) throw new Error(`login as ${name} failed: ${res.status} ${await res.text()}`);
    this.cookie = /haebang_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? null;
    this.csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  }
}
