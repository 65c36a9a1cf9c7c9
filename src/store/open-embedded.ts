import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { AppError } from '../errors/app-error.js';
import { connectionCause } from './connection-errors.js';
import {
  breakStale,
  closedStampName,
  type OwnerInfo,
  publishOwner,
  readOwner,
  releaseLock,
  tryLock,
} from './owner-lock.js';
import { startPgliteSocketServer } from './pglite-socket-server.js';
import { pgliteWriteStamp, type WriteStamp } from './write-stamp.js';

/** The process that owns an embedded database, as seen by a process that uses it. */
export interface Owner extends OwnerInfo {
  /** True when that process is this one. */
  self: boolean;
  /** For an owner: tells the lock file the web app's address (`serve`). */
  publish?(extra: Partial<OwnerInfo>): void;
}

export interface Embedded {
  owner: Owner;
  where: string;
  connection: pg.PoolConfig;
  /** Called after the pool is closed: an owner waits for the other processes it serves, then closes PGlite. */
  close(): Promise<void>;
  /** For the owner: the stamp every write to its PGlite moves (write-stamp.ts); null in every other process. */
  writeStamp: WriteStamp | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitLimitMs = 60_000;

export function describeOwner(info: OwnerInfo, dataDir: string): string {
  return `haebang ${info.command} (pid ${info.pid}${info.url ? `, ${info.url}` : ''}), which holds the embedded database in ${dataDir}`;
}

/**
 * One process owns an embedded database at a time: the first to take the lock file (which names its pid) opens
 * PGlite and serves it over the PostgreSQL protocol on 127.0.0.1, recording port and secret in the lock; every
 * other process connects there with the ordinary `pg` pool, so its writes are the owner's writes, at once. A lock
 * whose process is gone is recovered. `serve` never goes through another `serve`: it refuses, naming the pid.
 */
export async function openEmbedded(
  dataDir: string,
  options: { command?: string; serve?: boolean; onWait?(message: string): void },
): Promise<Embedded> {
  const command = options.command ?? (options.serve ? 'serve' : 'cli');
  const deadline = Date.now() + waitLimitMs;
  let told = '';
  const wait = (message: string) => {
    if (message !== told) options.onWait?.(message);
    told = message;
  };
  let refused = 0;
  for (;;) {
    const state = await tryLock(dataDir, command);
    if (state.kind === 'owned') return becomeOwner(dataDir, command);
    const { info } = state;
    if (Date.now() > deadline)
      throw new AppError(
        'storage.locked',
        `${describeOwner(info, dataDir)}, did not let go within ${waitLimitMs / 1000} s; stop that process or wait until it ends`,
      );
    if (options.serve && info.command === 'serve')
      throw new AppError(
        'storage.locked',
        `${describeOwner(info, dataDir)}, is already running; use that one (the CLI works beside it), or stop it first`,
      );
    if (state.kind === 'starting' || options.serve) {
      wait(`waiting for haebang ${info.command} (pid ${info.pid}) to finish with the database in ${dataDir}…`);
      await sleep(100);
      continue;
    }
    const connection: pg.PoolConfig = {
      host: '127.0.0.1',
      port: info.port,
      user: 'postgres',
      database: 'postgres',
      password: info.secret,
      connectionTimeoutMillis: 10_000,
    };
    const probe = new pg.Client(connection);
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.end();
      return {
        owner: { ...info, self: false },
        where: describeOwner(info, dataDir),
        connection,
        close: async () => {},
        writeStamp: null,
      };
    } catch (error) {
      await probe.end().catch(() => {});
      if (!connectionCause(error)) throw error;
      // The owner is stopping (it removes its lock as it ends), or died and its pid went to another process.
      if (++refused > 20) await breakStale(dataDir, readOwner(dataDir));
      await sleep(50);
    }
  }
}

async function becomeOwner(dataDir: string, command: string): Promise<Embedded> {
  const onExit = () => releaseLock(dataDir);
  process.once('exit', onExit);
  rmSync(join(dataDir, closedStampName), { force: true });
  let lite: PGlite;
  try {
    lite = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  } catch (cause) {
    releaseLock(dataDir);
    throw new AppError('storage.failed', `cannot open the embedded database in ${dataDir}`, { cause });
  }
  const secret = randomBytes(24).toString('base64url');
  const server = await startPgliteSocketServer(lite, secret);
  const info: OwnerInfo = { ...readOwner(dataDir)!, pid: process.pid, command, port: server.port, secret };
  publishOwner(dataDir, info);
  const owner: Owner = {
    ...info,
    self: true,
    publish: (extra) => publishOwner(dataDir, Object.assign(info, extra)),
  };
  return {
    owner,
    where: `the embedded database in ${dataDir}`,
    connection: { host: '127.0.0.1', port: server.port, user: 'postgres', database: 'postgres', password: secret },
    writeStamp: pgliteWriteStamp(lite),
    async close() {
      // Our own pool's sockets close a moment after it ends; what is left after that are other processes.
      await Promise.race([server.idle(), sleep(200)]);
      const n = server.connections();
      if (n)
        console.error(
          `haebang: waiting for ${n} other haebang ${n === 1 ? 'process' : 'processes'} using the database…`,
        );
      await server.idle();
      await server.close();
      const version = await lite.query<{ value: string }>(`select value from meta where key = 'catalog_version'`).then(
        (r) => r.rows[0]?.value ?? null,
        () => null,
      );
      await lite.close();
      if (version !== null)
        writeFileSync(
          join(dataDir, closedStampName),
          JSON.stringify({ catalogVersion: version, closedAt: new Date() }),
        );
      releaseLock(dataDir);
      process.off('exit', onExit);
    },
  };
}
