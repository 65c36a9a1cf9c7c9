import { AppError } from '../errors/app-error.js';

const networkCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused; is it running?',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be resolved',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection was closed',
};

/** SQLSTATE codes that mean the server (not the statement) is the problem. */
const serverStates: Record<string, string> = {
  '57P01': 'the server is shutting down',
  '57P02': 'the server crashed',
  '57P03': 'the server is starting up or shutting down',
  '53300': 'too many connections',
  '28P01': 'the password was refused',
  '28000': 'the user was refused',
  '3D000': 'the database does not exist',
};

/** Why a database error means "cannot reach the database", in a few words; null for an ordinary SQL error. */
export function connectionCause(error: unknown): string | null {
  for (
    let e = error as (Error & { code?: string; errors?: unknown[] }) | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    const code = e.code ?? '';
    if (networkCodes[code]) return networkCodes[code]!;
    if (serverStates[code]) return serverStates[code]!;
    const message = e.message ?? '';
    if (/Connection terminated|connection timeout|Client has encountered a connection error/i.test(message))
      return 'the connection was lost';
    if (/database owner .* stopped|Handler disconnected/i.test(message)) return 'the database owner stopped';
    // AggregateError (node tries IPv4 and IPv6): the first reason is enough.
    e = (e.errors?.[0] as typeof e) ?? (e.cause as typeof e);
  }
  return null;
}

/** A one-line error for a database that cannot be reached, or null when `error` is something else. */
export function unavailableError(error: unknown, where: string): AppError | null {
  if (error instanceof AppError) return error.code === 'storage.unavailable' ? error : null;
  const cause = connectionCause(error);
  return cause ? new AppError('storage.unavailable', `cannot reach ${where}: ${cause}`, { cause: error }) : null;
}
