/**
 * Every error haebang reports carries a stable code (for scripts and the HTTP mapping), a readable message saying
 * what and where, and the underlying cause when there is one.
 */
export type ErrorCode =
  | 'input.empty'
  | 'input.too-large'
  | 'input.binary'
  | 'input.undecodable'
  | 'input.invalid'
  | 'catalog.invalid'
  | 'catalog.not-found'
  | 'auth.required'
  | 'auth.invalid-credentials'
  | 'auth.rate-limited'
  | 'auth.forbidden'
  | 'auth.csrf'
  | 'auth.setup-done'
  | 'fetch.refused'
  | 'fetch.failed'
  | 'fetch.timeout'
  | 'fetch.too-large'
  | 'fetch.too-many-redirects'
  | 'fetch.http-status'
  | 'feed.malformed'
  | 'feed.exists'
  | 'feed.discovery'
  | 'item.duplicate'
  | 'analysis.timeout'
  | 'storage.failed'
  | 'storage.unavailable'
  | 'storage.locked'
  | 'config.invalid'
  | 'queue.failed'
  | 'queue.needs-postgres'
  | 'sync.not-configured'
  | 'sync.unauthorized'
  | 'sync.unavailable'
  | 'sync.rate-limited'
  | 'sync.malformed'
  | 'sync.not-found'
  | 'not-found'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the reader of the error, e.g. every problem of an invalid file with its JSON path. */
  readonly details?: string[];
  /** For a rate limit: seconds until the caller may try again (sent as Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: string[]; retryAfterSeconds?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options?.details;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
