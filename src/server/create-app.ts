import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type AnalysisPool, createAnalysisPool } from '../analyze/analysis-pool.js';
import { isoDate } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import type { Linker } from '../link/build-linker.js';
import type { ReaderDeps } from '../reader/reader-deps.js';
import { allowedIframeHosts } from '../sanitize/sanitize-policy.js';
import type { SessionUser } from '../users/session-from-token.js';
import { catalogPages } from '../web/catalog-pages.js';
import { readerPages } from '../web/reader-pages.js';
import { renderAnalyzePage } from '../web/render-analyze-page.js';
import { renderLayout } from '../web/render-layout.js';
import { requirePageUser } from '../web/require-page-user.js';
import { staticAssets } from '../web/static-assets.js';
import { uiMiddleware, uiOf } from '../web/ui-middleware.js';
import { readQuery } from './api/api-route.js';
import { mountSafeFeeds } from './api/feed-token-routes.js';
import { readerApi } from './api/reader-api.js';
import { authRoutes } from './auth/auth-routes.js';
import { createAuthMiddleware } from './auth/create-auth-middleware.js';
import { requireUser } from './auth/require-user.js';
import { errorResponse } from './error-response.js';

/** The largest body POST /api/analyze takes: a pasted article is a few tens of KB. */
export const maxAnalyzeBytes = 512 * 1024;

export const analyzeRequestSchema = z.strictObject({
  text: z.string().max(maxAnalyzeBytes, `text is longer than ${maxAnalyzeBytes / 1024} KB`),
  published: isoDate.nullish(),
});

/**
 * The app needs the reader's dependencies; without a database (`db` absent) it serves only the analyse page (its
 * API then refuses, as nobody can log in). Analyses run in `analysisPool` (one is made when none is given).
 */
export type AppDeps = { linker(): Linker; analysisPool?: AnalysisPool } & Partial<Omit<ReaderDeps, 'linker'>>;

/**
 * Scripts only from files the app serves (no inline script or event handler runs, whatever gets into a page), no
 * framing by anyone, forms posted only here, no <base> or plugins; frames only for the video players the sanitiser
 * keeps. Inline styles stay allowed (the charts' SVG uses them; a style runs no code).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  `frame-src ${allowedIframeHosts.map((h) => `https://${h}`).join(' ')}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** The largest request body accepted: a catalog file or a pasted article. */
export const maxBodyBytes = 25 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError((error, c) => errorResponse(error, c));
  app.notFound((c) => errorResponse(new AppError('not-found', `no page at ${new URL(c.req.url).pathname}`), c));
  app.use('*', async (c, next) => {
    await next();
    // Set on the response's own headers: `c.header` after the response is made copies it into a new one, turning the
    // page's string body into a stream (a third of a feed page's HTTP cost); a response whose headers cannot be
    // changed (none is made so today) is copied as before.
    const header = (name: string, value: string) => {
      try {
        c.res.headers.set(name, value);
      } catch {
        c.header(name, value);
      }
    };
    header('X-Content-Type-Options', 'nosniff');
    // Pages and API answers are per reader (what is hidden depends on their progress): no shared cache may keep them.
    if (!c.res.headers.has('Cache-Control')) header('Cache-Control', 'private, no-cache');
    // Not `no-referrer`: under it browsers send `Origin: null` with every form POST, which the CSRF origin check
    // must refuse. `same-origin` still tells other sites nothing.
    header('Referrer-Policy', 'same-origin');
    header('Content-Security-Policy', contentSecurityPolicy);
    // No page may be framed by another site (a framed reveal or delete button can be clicked through a decoy):
    // `frame-ancestors` for today's browsers, X-Frame-Options for older ones.
    header('X-Frame-Options', 'DENY');
  });
  // No request body is read past this size, whoever reads it (the CSRF check reads form bodies before any route).
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new AppError('input.too-large', `the request body is larger than ${maxBodyBytes / 1024 / 1024} MB`);
      },
    }),
  );
  app.route('/', staticAssets());
  app.get('/healthz', (c) => c.json({ ok: true }));
  // Checked before anything reads the body: a longer article is refused at once.
  app.use(
    '/api/analyze',
    bodyLimit({
      maxSize: maxAnalyzeBytes,
      onError: () => {
        throw new AppError('input.too-large', `the request body is larger than ${maxAnalyzeBytes / 1024} KB`);
      },
    }),
  );
  const pool = deps.analysisPool ?? createAnalysisPool();
  const analyzeRoute = async (c: Context) => {
    readQuery(c, undefined);
    if (!c.req.header('content-type')?.includes('application/json'))
      throw new AppError('input.invalid', 'expected a JSON body (Content-Type: application/json)');
    const body = analyzeRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      throw new AppError('input.invalid', 'invalid request', {
        details: body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`),
      });
    // Off the event loop, and stopped after `analysisTimeoutMs`: other requests are answered meanwhile.
    return c.json(await pool.analyze({ text: body.data.text, published: body.data.published ?? null }, deps.linker()));
  };
  if (deps.db && deps.config && deps.ingest && deps.catalogChanged) {
    const readerDeps: ReaderDeps = {
      ...deps,
      db: deps.db,
      config: deps.config,
      ingest: deps.ingest,
      catalogChanged: deps.catalogChanged,
    };
    app.use('*', createAuthMiddleware(readerDeps));
    app.use('*', uiMiddleware(readerDeps));
    // A write like every other: a session, and (checked by the auth middleware) the same origin and its CSRF token.
    app.post('/api/analyze', requireUser, analyzeRoute);
    app.use('/analyze', requirePageUser(readerDeps));
    app.route('/api', authRoutes(readerDeps));
    // Mount points of the reader: the JSON API (src/server/api) and the pages (src/web).
    mountSafeFeeds(app, readerDeps);
    app.route('/', readerPages(readerDeps));
    app.route('/', catalogPages(readerDeps));
    app.route('/api', readerApi(readerDeps));
  } else
    app.post('/api/analyze', () => {
      throw new AppError('auth.required', 'log in to analyse an article');
    });
  // After the auth middleware: a logged-in reader gets the app's navigation and their language.
  app.get('/analyze', (c) => {
    const ui = uiOf(c);
    const vars = c.var as { user?: SessionUser | null; csrfToken?: string | null };
    const body = renderAnalyzePage(ui);
    const title = ui.t('analyze.heading');
    return c.html(
      renderLayout({
        title,
        user: vars.user ?? null,
        csrfToken: vars.csrfToken ?? null,
        body,
        ui,
        current: '/analyze',
      }),
    );
  });
  return app;
}
