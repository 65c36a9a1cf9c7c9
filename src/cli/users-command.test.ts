import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../../test/seeded-data-dir.js';

const bin = new URL('../../bin/haebang.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'haebang-users-'));
seededDataDir(join(dataDir, 'db'));

/** Runs the CLI with `input` piped to standard input. */
function haebang(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--data-dir', join(dataDir, 'db'), ...args], {
      env: { ...process.env, CI: '', DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let early: Awaited<ReturnType<typeof haebang>>;
let owner: Awaited<ReturnType<typeof haebang>>;
beforeAll(async () => {
  early = await haebang(['users', 'add', 'bo'], 'bo password\n');
  owner = await haebang(['users', 'add', 'Min-ji', '--owner'], 'owner password\n');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('haebang users', () => {
  it('adds the owner first, reading the password from standard input', async () => {
    expect(early).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no owner yet: add the first user with --owner/),
    });
    expect(owner.stdout).toMatch(/^added owner Min-ji \(id \d+\)/);
  });

  it('adds members with valid passwords only, and lists them', async () => {
    const short = await haebang(['users', 'add', 'bo'], 'short\n');
    expect(short).toMatchObject({ code: 1, stderr: expect.stringMatching(/password: a password has at least 8/) });
    expect((await haebang(['users', 'add', 'bo'], 'bo password\r\nignored\n')).stdout).toMatch(/^added member bo/);
    const list = await haebang(['users', 'list', '--json']);
    expect(JSON.parse(list.stdout).map((u: { name: string; role: string }) => [u.name, u.role])).toEqual([
      ['Min-ji', 'owner'],
      ['bo', 'member'],
    ]);
  });

  it('refuses a second owner', async () => {
    const again = await haebang(['users', 'add', 'other', '--owner'], 'other password\n');
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/the owner already exists/) });
  });
});
