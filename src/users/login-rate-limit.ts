import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import { clearLoginFailures, currentLoginFailures, recordLoginFailure } from '../store/sessions-repository.js';

/**
 * Failed logins are counted per user name and per client address in fixed 15-minute windows. A name gets 5
 * failures (guessing one account's password); an address gets 20 (several people behind one home router may
 * mistype, while spraying many names from one address is still stopped).
 */
export const loginLimits = {
  windowMs: 15 * 60 * 1000,
  perName: 5,
  perAddress: 20,
};

export interface LoginSource {
  name: string;
  /** The client address, or null when it is unknown (then only the name is limited). */
  clientIp: string | null;
}

export function nameKey(name: string): string {
  return `name:${name.trim().toLowerCase().slice(0, 200)}`;
}

function keysOf(source: LoginSource): Array<{ key: string; limit: number }> {
  const keys = [{ key: nameKey(source.name), limit: loginLimits.perName }];
  if (source.clientIp) keys.push({ key: `ip:${source.clientIp}`, limit: loginLimits.perAddress });
  return keys;
}

/** Throws `auth.rate-limited` (with the seconds to wait) when the name or the address used up its failures. */
export async function assertLoginAllowed(db: Kysely<DB>, source: LoginSource, now: Date): Promise<void> {
  const keys = keysOf(source);
  const failures = await currentLoginFailures(
    db,
    keys.map((k) => k.key),
    now,
    loginLimits.windowMs,
  );
  let waitMs = 0;
  for (const f of failures) {
    const limit = keys.find((k) => k.key === f.key)?.limit ?? 0;
    if (f.count >= limit) waitMs = Math.max(waitMs, f.windowStart.getTime() + loginLimits.windowMs - now.getTime());
  }
  if (waitMs > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new AppError('auth.rate-limited', `too many failed logins; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

export async function noteLoginFailure(db: Kysely<DB>, source: LoginSource, now: Date): Promise<void> {
  for (const { key } of keysOf(source)) await recordLoginFailure(db, key, now, loginLimits.windowMs);
}

/**
 * A successful login clears the name's count, not the address's: otherwise an attacker with one account of their
 * own could reset their address's count between guesses at other accounts.
 */
export async function noteLoginSuccess(db: Kysely<DB>, source: LoginSource): Promise<void> {
  await clearLoginFailures(db, nameKey(source.name));
}
