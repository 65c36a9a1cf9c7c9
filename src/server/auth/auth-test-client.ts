import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { openMemoryDatabase } from '../../../test/storage-targets.js';
import { importCatalog } from '../../catalog/import-catalog.js';
import { buildLinker } from '../../link/build-linker.js';
import { readCatalog } from '../../store/catalog-repository.js';
import type { Database } from '../../store/open-database.js';
import { errorResponse } from '../error-response.js';
import { authRoutes } from './auth-routes.js';
import { createAuthMiddleware } from './create-auth-middleware.js';

/**
 * Test support: the auth API mounted the way the app mounts it, over the small test catalog (My Liberation Notes, 16
 * episodes), and a client that keeps its cookie and CSRF token.
 */
export async function openAuthApp(config = { trustProxy: false }, existing?: Database) {
  const database = existing ?? (await openMemoryDatabase());
  const catalog = readFileSync(new URL('../../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8');
  await importCatalog(database.db, { text: catalog, origin: 'small-catalog.json' });
  const linker = buildLinker(await readCatalog(database.db));
  const deps = { db: database.db, config, linker: () => linker };
  const app = new Hono();
  app.onError((error, c) => errorResponse(error, c));
  app.use('*', createAuthMiddleware(deps));
  app.post('/elsewhere', (c) => c.text('changed'));
  app.route('/api', authRoutes(deps));
  return { app, database };
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** A body sent as it is (with the content type given in `headers`), instead of `body` as JSON. */
  raw?: string;
  /** Leave out the x-csrf-token header the client otherwise sends once it has a token. */
  noCsrf?: boolean;
}

export class AuthTestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(private readonly app: Hono) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = `haebang_session=${this.cookie}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (this.csrfToken && !options.noCsrf) headers['x-csrf-token'] = this.csrfToken;
    Object.assign(headers, options.headers);
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const res = await this.app.request(path, { method, headers, body });
    const set = /haebang_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '');
    if (set) this.cookie = set[1] || null;
    return res;
  }

  /** Logs in (or runs the first-run setup) and keeps the session's cookie and CSRF token. */
  async login(name: string, password: string, path = '/api/session'): Promise<Response> {
    const res = await this.call('POST', path, { body: { name, password } });
    if (res.ok) this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }
}
