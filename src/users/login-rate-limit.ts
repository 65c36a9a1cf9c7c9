import type { Kysely } from 'kysely';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import {
  clearLoginFailures,
  releaseLoginAttempt,
  reserveLoginAttempt as reserveAttempt,
} from '../store/sessions-repository.js';

/**
 * Login attempts are counted per user name and per client address in fixed 15-minute windows, before the password
 * is checked; a failed one stays counted. A name gets 5 failures (guessing one account's password); an address gets
 * 20 (several people behind one home router may mistype, while spraying many names from one address is still
 * stopped).
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

/** The attempts a login counted before its password was checked, one per key. */
export interface LoginTicket {
  counted: Array<{ key: string; windowStart: Date }>;
}

/**
 * Counts this attempt against the name and the address before the password is checked, or throws
 * `auth.rate-limited` (with the seconds to wait) when either has used up its attempts; then nothing is counted.
 * Counting first is what makes the limit hold for parallel attempts: checking first and counting the failure after
 * the (slow) password hash let every attempt of a burst pass the check.
 */
export async function reserveLoginAttempt(db: Kysely<DB>, source: LoginSource, now: Date): Promise<LoginTicket> {
  let waitMs = 0;
  const counted = await db
    .transaction()
    .execute(async (trx) => {
      const ticket: LoginTicket['counted'] = [];
      for (const { key, limit } of keysOf(source)) {
        const r = await reserveAttempt(trx, key, limit, now, loginLimits.windowMs);
        if (!r.allowed) {
          waitMs = Math.max(waitMs, r.windowStart.getTime() + loginLimits.windowMs - now.getTime());
          throw new RateLimited();
        }
        ticket.push({ key, windowStart: r.windowStart });
      }
      return ticket;
    })
    .catch((error: unknown) => {
      if (!(error instanceof RateLimited)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new AppError('auth.rate-limited', `too many failed logins; try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    });
  return { counted };
}

/** Thrown inside the counting transaction so that it rolls back. */
class RateLimited extends Error {}

/**
 * A successful login clears the name's count and gives back its attempt on the address, without clearing the
 * address: otherwise an attacker with one account of their own could reset their address's count between guesses
 * at other accounts. A failed login keeps what it counted.
 */
export async function noteLoginSuccess(db: Kysely<DB>, source: LoginSource, ticket: LoginTicket): Promise<void> {
  await clearLoginFailures(db, nameKey(source.name));
  for (const { key, windowStart } of ticket.counted)
    if (key !== nameKey(source.name)) await releaseLoginAttempt(db, key, windowStart);
}
