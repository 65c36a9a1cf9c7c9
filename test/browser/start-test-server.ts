import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackServer, startLoopbackServer } from '../loopback-server.js';

const bin = new URL('../../bin/haebang.js', import.meta.url).pathname;
const feedXml = readFileSync(new URL('./fixtures/reader-feed.xml', import.meta.url), 'utf8');

/** The real app, as a user runs it (`haebang serve`), on a fresh embedded database with the fixture feed ingested. */
export interface TestServer {
  /** The app's origin, e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

interface Run {
  child: ChildProcess;
  output: string[];
}

function runCli(dataDir: string, args: string[]): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    // A user's DATABASE_URL must not redirect the test to their server: the test owns a fresh embedded database.
    // The fixture feed is the whole set of items: no demo items.
    env: {
      ...process.env,
      HAEBANG_DATA_DIR: dataDir,
      DATABASE_URL: '',
      HAEBANG_ALLOW_PRIVATE_FETCH: '1',
      HAEBANG_DEMO_ITEMS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  return { child, output };
}

async function runToEnd(dataDir: string, args: string[]): Promise<void> {
  const run = runCli(dataDir, args);
  const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
  if (code !== 0) throw new Error(`haebang ${args.join(' ')} exited with ${code}:\n${run.output.join('')}`);
}

/** Waits for serve's "running at" line; rejects when the process ends first or after `timeoutMs`. */
function waitForOrigin(run: Run, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${run.output.join('')}`)), timeoutMs);
    const check = () => {
      const match = /running at (http:\/\/[^\s/]+)\//.exec(run.output.join(''));
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    run.child.stdout?.on('data', check);
    run.child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${run.output.join('')}`));
    });
  });
}

/**
 * Starts the app on 127.0.0.1 (a free port) with a fresh PGlite data directory: the fixture feed (texts written for
 * these tests, served from a loopback server) is added and ingested through the real CLI and pipeline, then
 * `haebang serve --port 0` runs, which loads the starter catalog.
 */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haebang-browser-'));
  let feeds: LoopbackServer | null = null;
  let serve: Run | null = null;
  const cleanup = async () => {
    if (serve && serve.child.exitCode === null && serve.child.signalCode === null) {
      const child = serve.child;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await feeds?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    feeds = await startLoopbackServer();
    const base = feeds.url('').replace(/\/$/, '');
    feeds.routes.set('/notes.xml', {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: feedXml.replaceAll('{{BASE}}', base),
    });
    await runToEnd(dataDir, ['feeds', 'add', feeds.url('/notes.xml')]);
    await runToEnd(dataDir, ['ingest', '--all']);
    serve = runCli(dataDir, ['serve', '--port', '0', '--host', '127.0.0.1']);
    const origin = await waitForOrigin(serve, 90_000);
    const running = serve;
    return { origin, output: () => running.output.join(''), stop: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
