import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../errors/app-error.js';
import { connectionCause } from '../store/connection-errors.js';
import { renderErrorPage, wantsHtmlPage } from '../web/render-error-page.js';

/** The HTTP status of each error code (500 for the rest); the OpenAPI document lists routes' errors with these. */
export const statusOf: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  'input.empty': 400,
  'input.invalid': 400,
  'input.binary': 415,
  'input.undecodable': 415,
  'input.too-large': 413,
  'catalog.invalid': 400,
  'catalog.not-found': 404,
  'not-found': 404,
  'auth.required': 401,
  'auth.invalid-credentials': 401,
  'auth.rate-limited': 429,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'auth.setup-done': 409,
  'fetch.refused': 400,
  'fetch.failed': 502,
  'fetch.timeout': 504,
  'fetch.too-large': 413,
  'fetch.too-many-redirects': 502,
  'fetch.http-status': 502,
  'feed.exists': 409,
  'feed.malformed': 422,
  'feed.discovery': 422,
  'analysis.timeout': 503,
  'sync.not-configured': 400,
  'sync.unauthorized': 502,
  'sync.unavailable': 503,
  'sync.rate-limited': 503,
  'sync.malformed': 502,
  'sync.not-found': 404,
  'storage.unavailable': 503,
  'storage.locked': 503,
};

/**
 * The one place where errors become HTTP responses: `{error: {code, message, details?}}`, or, for a browser asking
 * for a page outside /api, the same status with an error page.
 */
export function errorResponse(error: unknown, c: Context): Response | Promise<Response> {
  // A database that does not answer (PostgreSQL stopped, a network cut) is a 503 the client may retry.
  const cause = error instanceof AppError ? null : connectionCause(error);
  if (cause) {
    c.header('Retry-After', '5');
    error = new AppError(
      'storage.unavailable',
      `the database is not answering (${cause}); haebang retries by itself, try again in a moment`,
      { cause: error },
    );
  }
  if (error instanceof AppError) {
    const status = statusOf[error.code] ?? 500;
    if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
    if (wantsHtmlPage(c)) return renderErrorPage(c, status, error.code, error.message);
    return c.json({ error: { code: error.code, message: error.message, details: error.details } }, status);
  }
  console.error(error);
  if (wantsHtmlPage(c)) return renderErrorPage(c, 500, 'internal', 'internal error');
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}
