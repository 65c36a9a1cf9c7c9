import type { ErrorCode } from '../errors/app-error.js';
import type { MessageKey } from './translate.js';
import type { Ui } from './ui.js';

const exact: Partial<Record<ErrorCode, MessageKey>> = {
  'auth.invalid-credentials': 'code.auth.invalid-credentials',
  'auth.rate-limited': 'code.auth.rate-limited',
  'auth.required': 'code.auth.required',
  'auth.forbidden': 'code.auth.forbidden',
  'auth.csrf': 'code.auth.csrf',
  'feed.exists': 'code.feed.exists',
  'not-found': 'code.not-found',
  'catalog.not-found': 'code.not-found',
  'sync.not-found': 'code.not-found',
  'catalog.invalid': 'code.input',
};

const byFamily: Record<string, MessageKey> = {
  input: 'code.input',
  fetch: 'code.fetch',
  feed: 'code.fetch',
  storage: 'code.storage',
};

/**
 * An error's message for a page in the reader's language. The API's messages are English (like its stable codes):
 * an English page shows the message itself; another language shows its sentence for the code, and keeps the
 * English message as `original`, the detail that says what and where.
 */
export function localiseError(ui: Ui, code: ErrorCode, message: string): { message: string; original: string | null } {
  if (ui.locale === 'en') return { message, original: null };
  const key = exact[code] ?? byFamily[code.split('.')[0]] ?? 'code.other';
  return { message: ui.t(key), original: message };
}
