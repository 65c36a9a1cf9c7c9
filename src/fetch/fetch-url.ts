import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../errors/app-error.js';
import { isPrivateAddress } from './is-private-address.js';

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (home labs, tests). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Resolves a host name to addresses; tests inject one. */
  resolve?: (host: string) => Promise<string[]>;
  /** Decides whether an address may be connected to (default: public addresses only); tests inject one. */
  isAllowedAddress?: (address: string) => boolean;
  /** Statuses returned as results instead of thrown as 'fetch.http-status' (API clients read 401, 429, 5xx). */
  acceptStatus?: (status: number) => boolean;
}

export interface FetchResult {
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array;
  contentType?: string;
}

export const defaultUserAgent = 'haebang/0.1 (+https://github.com/haebang)';
const defaultResolve = async (host: string) => (await dnsLookup(host, { all: true })).map((a) => a.address);

/** Resolves a URL's host and vets every address; returns the one to connect to. */
async function vetHost(url: URL, opts: FetchOptions): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (opts.resolve ?? defaultResolve)(host);
  } catch (cause) {
    throw new AppError('fetch.failed', `${url.host}: cannot resolve the host name`, { cause });
  }
  if (!addresses.length) throw new AppError('fetch.failed', `${url.host}: no address`);
  const allowed = opts.isAllowedAddress ?? ((a: string) => !isPrivateAddress(a));
  if (!opts.allowPrivate && !addresses.every(allowed))
    throw new AppError(
      'fetch.refused',
      `${url.host}: refused, it resolves to a private or local address (${addresses.join(', ')}); to fetch from your own network, set HAEBANG_ALLOW_PRIVATE_FETCH=1`,
    );
  return addresses[0];
}

/**
 * GETs a URL politely and safely: http(s) only; every hop's host resolved and refused when private (the vetted
 * address is the one connected to, so DNS rebinding cannot slip past); redirects followed by hand; a total
 * timeout; the body cut at `maxBytes` after decompression. 304 is returned as is for conditional GETs.
 */
export async function fetchUrl(target: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const deadline = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  let url = parseUrl(target);
  for (let hop = 0; ; hop++) {
    const address = await vetHost(url, opts);
    const res = await request(url, address, opts, signal);
    const location = res.headers.location;
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
      res.resume();
      if (hop >= maxRedirects)
        throw new AppError('fetch.too-many-redirects', `${target}: more than ${maxRedirects} redirects`);
      url = parseUrl(new URL(String(location), url).toString());
      continue;
    }
    const bytes =
      res.statusCode === 304 ? new Uint8Array() : await readBody(res, opts.maxBytes ?? 5 * 1024 * 1024, url, signal);
    const status = res.statusCode ?? 0;
    if (status !== 304 && (status < 200 || status >= 300) && !opts.acceptStatus?.(status))
      throw new AppError('fetch.http-status', `${url}: HTTP ${status}`, { details: [`status ${status}`] });
    const headers = Object.fromEntries(
      Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
    );
    return { url: url.toString(), status, headers, bytes, contentType: headers['content-type'] };
  }
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('input.invalid', `not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('fetch.refused', `${value}: only http and https URLs are fetched`);
  return url;
}

function request(url: URL, address: string, opts: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const lookup: LookupFunction = (_host, options, callback) => {
    const family = isIP(address);
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
        { address, family },
      ]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup,
      signal,
      headers: {
        'user-agent': opts.userAgent ?? defaultUserAgent,
        'accept-encoding': 'gzip, deflate, br',
        ...opts.headers,
      },
    });
    req.once('response', resolve);
    req.once('error', (cause) =>
      reject(
        signal.aborted
          ? new AppError('fetch.timeout', `${url}: timed out`, { cause })
          : new AppError('fetch.failed', `${url}: ${(cause as Error).message}`, { cause }),
      ),
    );
  });
}

async function readBody(
  res: http.IncomingMessage,
  maxBytes: number,
  url: URL,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const stream =
    encoding === 'gzip'
      ? res.pipe(createGunzip())
      : encoding === 'deflate'
        ? res.pipe(createInflate())
        : encoding === 'br'
          ? res.pipe(createBrotliDecompress())
          : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        throw new AppError(
          'fetch.too-large',
          `${url}: response is larger than ${Math.round(maxBytes / 1024)} KB; cut at the limit`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) throw new AppError('fetch.timeout', `${url}: timed out`, { cause: error });
    throw new AppError('fetch.failed', `${url}: ${(error as Error).message}`, { cause: error });
  }
  return Buffer.concat(chunks);
}
