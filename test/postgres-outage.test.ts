import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { serveIngestFixtures } from './ingest-fixtures.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { ApiClient, haebang, type ServeProcess, startServe } from './serve-process.js';
import { postgresBinariesFound, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres.js';

// Needs PostgreSQL's server binaries (a cluster of its own is stopped and started): skipped without them, except
// under CI, where it fails.
const runs = postgresBinariesFound || loadConfig().ci;
const port = 55000 + (process.pid % 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: ThrowawayPostgres;
let fixtures: LoopbackServer;
let serve: ServeProcess | null = null;
beforeAll(async () => {
  if (!runs) return;
  cluster = startThrowawayPostgres(port);
  fixtures = await startLoopbackServer();
  serveIngestFixtures(fixtures);
});
afterAll(async () => {
  await serve?.stop();
  cluster?.remove();
  await fixtures?.close();
});

/** Asks until `check` holds (or the time is up), returning the last answer. */
async function until<T>(ask: () => Promise<T>, check: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await ask();
  while (!check(last) && Date.now() < end) {
    await sleep(250);
    last = await ask();
  }
  return last;
}

describe.runIf(runs)('PostgreSQL stopping under a running serve', () => {
  it('answers 503 with a clear message meanwhile, stays up, and recovers by itself with the ingest it missed', async () => {
    const storage = { databaseUrl: cluster.url };
    serve = await startServe(storage);
    const api = new ApiClient(serve.url);
    expect(await api.login('min-ji', 'owner password 1', '/api/setup')).toBeLessThan(300);
    expect((await haebang(storage, ['feeds', 'add', fixtures.url('/desk.xml')])).code).toBe(0);

    // Stop it with requests in flight (node-postgres used to end the process here: issue 16, item 4).
    const inFlight = Array.from({ length: 8 }, () => api.call('GET', '/api/feed').catch(() => null));
    cluster.stop();
    await Promise.all(inFlight);
    const down = await until(
      () => api.call('GET', '/api/feed'),
      (r) => r.status === 503,
    );
    expect(down).toMatchObject({
      status: 503,
      json: {
        error: { code: 'storage.unavailable', message: expect.stringMatching(/^the database is not answering \(/) },
      },
    });
    expect((await api.call('GET', '/healthz')).status).toBe(200);
    expect(serve.child.exitCode).toBeNull();

    // A command says so in one line, naming the server and the cause.
    const cli = await haebang(storage, ['feeds', 'list']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe(
      `haebang: cannot reach the PostgreSQL server 127.0.0.1:${port} (database postgres): connection refused; is it running?\n`,
    );

    // Back: the same session works again without a restart, and the due feed is ingested.
    cluster.start();
    const back = await until(
      () => api.call('GET', '/api/feed'),
      (r) => r.status === 200 && r.json.entries.length >= 3,
    );
    expect(back.status).toBe(200);
    expect(back.json.entries.length).toBe(3);
    // The pass the server's schedule runs once the database is back (its minute had not come yet).
    expect(serve.output()).toMatch(/is not answering[\s\S]*answers again[\s\S]*ingest: 1 feed, 3 items added/);
    expect(serve.output()).not.toMatch(/Unhandled|uncaught/i);
  }, 180_000);
});
