import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch-url.js';

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') return res.end(`hello ${req.headers['user-agent']}`);
    if (path === '/gzip') {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipSync('compressed body'));
    }
    if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.statusCode = 302;
      res.setHeader('location', n > 0 ? `/redirect/${n - 1}` : '/ok');
      return res.end();
    }
    if (path === '/to-private') {
      res.statusCode = 302;
      res.setHeader('location', `http://internal.test:${port}/ok`);
      return res.end();
    }
    if (path === '/endless') {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const write = () => {
        while (res.write(chunk)) {}
        res.once('drain', write);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return write();
    }
    if (path === '/slow') return setTimeout(() => res.end('late'), 2_000);
    if (path === '/missing') {
      res.statusCode = 404;
      return res.end('no');
    }
    res.statusCode = 500;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

/** A resolver under test control: public.test looks public, internal.test is loopback (where the server is). */
const resolve = async (host: string) =>
  host === 'public.test' ? ['203.0.113.10'] : host === 'internal.test' ? ['127.0.0.1'] : [];

describe('fetchUrl', () => {
  it('refuses loopback by default', async () => {
    await expect(fetchUrl(`${base}/ok`)).rejects.toMatchObject({ code: 'fetch.refused' });
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://[::1]/'],
    ['http://10.0.0.1/'],
    ['http://0.0.0.0/'],
    ['http://[::7f00:1]/'],
    ['http://[::ffff:127.0.0.1]/'],
    ['http://[::ffff:0:7f00:1]/'],
    ['http://[64:ff9b::a9fe:a9fe]/'],
    ['http://[2002:7f00:1::1]/'],
    ['http://0x7f.1/'],
    ['http://2130706433/'],
  ])('refuses %s', async (url) => {
    await expect(fetchUrl(url)).rejects.toMatchObject({ code: 'fetch.refused' });
  });

  it('refuses a host name that resolves to a private address, saying how to allow it', async () => {
    await expect(fetchUrl(`http://internal.test:${port}/ok`, { resolve })).rejects.toMatchObject({
      code: 'fetch.refused',
      message: expect.stringMatching(
        /^internal\.test:\d+: refused, it resolves to a private or local address \(127\.0\.0\.1\); to fetch from your own network, set HAEBANG_ALLOW_PRIVATE_FETCH=1$/,
      ),
    });
  });

  it('refuses non-http schemes', async () => {
    await expect(fetchUrl('file:///etc/passwd')).rejects.toMatchObject({ code: 'fetch.refused' });
  });

  it('fetches from loopback when allowed, naming haebang', async () => {
    const r = await fetchUrl(`${base}/ok`, { allowPrivate: true });
    expect(r.status).toBe(200);
    expect(Buffer.from(r.bytes).toString()).toMatch(/^hello haebang\//);
  });

  it('follows redirects and checks every hop', async () => {
    const r = await fetchUrl(`${base}/redirect/2`, { allowPrivate: true });
    expect(r.url).toBe(`${base}/ok`);
  });

  it('checks the address again at every redirect', async () => {
    // The first hop's address is let through; the redirect's host resolves to the same loopback address, which the
    // same rule now refuses: the check runs again at each hop, not once per fetch.
    let calls = 0;
    const once = fetchUrl(`http://public.test:${port}/to-private`, {
      resolve: async () => ['127.0.0.1'],
      isAllowedAddress: () => calls++ === 0,
    });
    await expect(once).rejects.toMatchObject({
      code: 'fetch.refused',
      message: expect.stringMatching(/internal\.test/),
    });
    expect(calls).toBe(2);
  });

  it('stops after too many redirects', async () => {
    await expect(fetchUrl(`${base}/redirect/9`, { allowPrivate: true, maxRedirects: 3 })).rejects.toMatchObject({
      code: 'fetch.too-many-redirects',
    });
  });

  it('cuts a never-ending response at the limit', async () => {
    await expect(fetchUrl(`${base}/endless`, { allowPrivate: true, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'fetch.too-large',
    });
  });

  it('times out', async () => {
    await expect(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 })).rejects.toMatchObject({
      code: 'fetch.timeout',
    });
  });

  it('decompresses gzip', async () => {
    const r = await fetchUrl(`${base}/gzip`, { allowPrivate: true });
    expect(Buffer.from(r.bytes).toString()).toBe('compressed body');
  });

  it('reports HTTP errors with their status', async () => {
    await expect(fetchUrl(`${base}/missing`, { allowPrivate: true })).rejects.toMatchObject({
      code: 'fetch.http-status',
    });
  });
});
