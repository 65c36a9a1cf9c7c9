import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { type LoadRequest, type LoadResult, runLoad } from './load-clients.js';

/** Target: the feed page at 20,000 items under 50 clients, at the 99th percentile, with no errors. */
export const loadP99TargetMs = 200;

export interface LoadBenchOptions {
  clients: number;
  seconds: number;
  items: number;
  users: number;
  /** A PostgreSQL server to measure on too (a fresh database is made on it and dropped after). */
  serverUrl: string | null;
  /** Profile the served app (node --cpu-prof) into this folder: one .cpuprofile per database. */
  cpuProfDir?: string;
}

interface Served {
  port: number;
  cookies: string[];
  data: { seconds: number };
}

/** Starts bench/load-server.ts and waits for its JSON line. */
async function startServer(args: string[], cpuProfDir?: string): Promise<{ child: ChildProcess; served: Served }> {
  const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', new URL('./load-server.ts', import.meta.url).pathname, ...args],
    {
      env: { ...process.env, HAEBANG_DEMO_ITEMS: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const served = await new Promise<Served>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`load server exited (${code}) before it listened`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as Served));
  });
  return { child, served };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux); null elsewhere. CPU time
 * per request is steadier than latency on a shared machine: other work delays the answers, not the work done.
 */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ, 100)
  } catch {
    return null;
  }
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
function line(label: string, r: LoadResult, cpu: number | null): string {
  return (
    `    ${label.padEnd(28)} ${r.perSecond.toFixed(1).padStart(7)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  ` +
    `p99 ${ms(r.p99)}  max ${ms(r.max)}  errors ${r.errors}/${r.requests}` +
    (cpu === null ? '' : `  server CPU ${((cpu * 1000) / r.requests).toFixed(2)} ms/request`) +
    (r.errorSamples.length ? `  (${r.errorSamples.join('; ')})` : '')
  );
}

/** One database: the server started on it, then each phase under the same load, the baseline first. */
async function measure(name: string, args: string[], o: LoadBenchOptions, print: (line: string) => void) {
  const before = loadavg()[0];
  const { child, served } = await startServer(
    [...args, '--items', String(o.items), '--users', String(o.users)],
    o.cpuProfDir,
  );
  try {
    const reader = (client: number, n: number) => served.cookies[(client * 7 + n) % served.cookies.length];
    const phases: Array<[string, (client: number, n: number) => LoadRequest]> = [
      ['GET /healthz (baseline)', () => ({ path: '/healthz' })],
      ['GET /api/feed', (c, n) => ({ path: '/api/feed', cookie: reader(c, n) })],
      ['GET / (HTML feed page)', (c, n) => ({ path: '/', cookie: reader(c, n) })],
    ];
    print(`  ${name}: data generated in ${served.data.seconds.toFixed(1)} s`);
    const verdicts: string[] = [];
    for (const [label, next] of phases) {
      // Warm-up (the linker's first use, connections, the database's caches): not counted.
      await runLoad({ port: served.port, clients: o.clients, seconds: Math.min(3, o.seconds), next });
      const cpuBefore = cpuSeconds(child.pid);
      const r = await runLoad({ port: served.port, clients: o.clients, seconds: o.seconds, next });
      const cpuAfter = cpuSeconds(child.pid);
      print(line(label, r, cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore));
      if (label !== phases[0][0])
        verdicts.push(`${label} ${r.p99 <= loadP99TargetMs && r.errors === 0 ? 'met' : 'MISSED'}`);
    }
    print(`    target (feed page p99 <= ${loadP99TargetMs} ms, 0 errors): ${verdicts.join(', ')}`);
    print(`    load average (1 min) before and after: ${before.toFixed(1)}, ${loadavg()[0].toFixed(1)}`);
  } finally {
    await stop(child);
  }
}

/**
 * The load test of `npm run bench`: the app served on loopback by a child process, `clients` clients in a closed
 * loop for `seconds` per phase: /healthz (the HTTP stack alone, the baseline), then the feed as JSON and as HTML for
 * readers taken in turn. On PGlite (on disk, as `npm start` uses it) and on PostgreSQL when a server is given.
 */
export async function runLoadBench(o: LoadBenchOptions, print: (line: string) => void = console.log): Promise<void> {
  print(
    `\nLoad: ${o.clients} clients on loopback, ${o.seconds} s per phase (--seconds N), ` +
      `${o.items.toLocaleString('en')} items, ${o.users} readers; latency of each request`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'haebang-load-'));
  try {
    await measure('PGlite', ['--data-dir', dir], o, print);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!o.serverUrl) {
    print('  PostgreSQL: skipped (set HAEBANG_TEST_DATABASE_URL or DATABASE_URL to measure it)');
    return;
  }
  const name = `haebang_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: o.serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(o.serverUrl);
    url.pathname = `/${name}`;
    await measure('PostgreSQL', ['--database-url', url.toString()], o, print);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
