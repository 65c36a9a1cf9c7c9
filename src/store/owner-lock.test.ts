import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closedCatalogVersion,
  closedStampName,
  lockFileName,
  publishOwner,
  readOwner,
  releaseLock,
  tryLock,
} from './owner-lock.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'haebang-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    releaseLock(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.pid']).pid!;

describe('the lock of an embedded database', () => {
  it('is taken by one process, names its pid, and is released', async () => {
    const dir = freshDir();
    expect(await tryLock(dir, 'ingest')).toEqual({ kind: 'owned' });
    expect(readOwner(dir)).toMatchObject({ pid: process.pid, command: 'ingest' });
    // Still starting (no port yet), then serving.
    expect((await tryLock(dir, 'serve')).kind).toBe('starting');
    publishOwner(dir, { ...readOwner(dir)!, port: 5999, secret: 's' });
    expect(await tryLock(dir, 'serve')).toMatchObject({ kind: 'held', info: { port: 5999, pid: process.pid } });
    releaseLock(dir);
    expect(readOwner(dir)).toBeNull();
  });

  it.each([
    ['a crashed process', () => ({ pid: deadPid(), command: 'serve', startedAt: '2026-01-01T00:00:00Z', port: 1 })],
    ['an earlier life of this pid', () => ({ pid: process.pid, command: 'serve', startedAt: 'x', port: 1 })],
  ])('recovers a lock left by %s', async (_name, stale) => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), JSON.stringify(stale()));
    expect(await tryLock(dir, 'add')).toEqual({ kind: 'owned' });
    expect(JSON.parse(readFileSync(join(dir, lockFileName), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('recovers an empty lock file (a crash between create and write)', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), '');
    expect(await tryLock(dir, 'add')).toEqual({ kind: 'owned' });
  });

  it('lets exactly one of many processes recovering a stale lock at once take it', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: deadPid(), command: 'x', startedAt: 'y', port: 1 }));
    const script = `import('${new URL('./owner-lock.ts', import.meta.url).pathname}').then(async (m) => {
      const s = await m.tryLock(${JSON.stringify(dir)}, 'race');
      console.log(s.kind);
      await new Promise((r) => setTimeout(r, 1500));
    })`;
    const { spawn } = await import('node:child_process');
    const kinds = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', '-e', script]);
            let out = '';
            child.stdout.on('data', (d) => {
              out += d;
            });
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    expect(kinds.filter((k) => k === 'owned')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'starting')).toHaveLength(3);
  });
});

describe('the stamp of a cleanly closed embedded database', () => {
  it('gives the catalog version only while no process holds the database', async () => {
    const dir = freshDir();
    expect(closedCatalogVersion(dir)).toBeNull();
    writeFileSync(join(dir, closedStampName), JSON.stringify({ catalogVersion: '12' }));
    expect(closedCatalogVersion(dir)).toBe('12');
    expect(await tryLock(dir, 'serve')).toEqual({ kind: 'owned' });
    expect(closedCatalogVersion(dir)).toBeNull();
    releaseLock(dir);
    writeFileSync(join(dir, closedStampName), 'not json');
    expect(closedCatalogVersion(dir)).toBeNull();
  });
});
