import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { openDatabase } from './open-database.js';
import { statementNamer } from './prepared-pool.js';

describe('statementNamer', () => {
  it('names a statement with parameters that reads or writes rows from its third run on, the same in every process', () => {
    const [one, two] = [statementNamer(), statementNamer()];
    const text = 'select v from t where id = $1';
    expect([one(text, 1), one(text, 1)]).toEqual([undefined, undefined]);
    const name = one(text, 1);
    expect(name).toMatch(/^h[0-9a-f]{24}$/);
    expect(one(text, 1)).toBe(name);
    for (let i = 0; i < 3; i++) two(text, 1);
    expect(two(text, 1)).toBe(name);
    for (const [other, parameters] of [
      ['select 1', 0],
      ['begin', 1],
      ['create table x (a int); create table y (b int)', 0],
    ] as const) {
      for (let i = 0; i < 5; i++) one(other, parameters);
      expect(one(other, parameters)).toBeUndefined();
    }
  });
});

// Kysely's statements through the prepared pool: on PostgreSQL (the storage target) and on PGlite through its socket
// server (a data directory, as `serve` opens it), many connections running the same statements at once.
const targets = [
  ...storageTargets.filter((t) => t.name === 'postgres'),
  {
    name: 'pglite on disk',
    available: true,
    open: async () => {
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(join(tmpdir(), 'haebang-prepared-'));
      const database = await openDatabase({ dataDir: dir, serve: true });
      return { ...database, close: async () => (await database.close(), rmSync(dir, { recursive: true })) };
    },
  },
];

for (const target of targets)
  describe.skipIf(!target.available)(`prepared statements on ${target.name}`, () => {
    let database: Awaited<ReturnType<(typeof targets)[number]['open']>>;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => database?.close());

    it('gives the same answers once prepared, from every connection, and after an error', async () => {
      const { db } = database;
      const run = (n: number) => sql<{ x: number }>`select ${n}::int * 2 as x`.execute(db).then((r) => r.rows[0]!.x);
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => run(i)));
      expect(answers).toEqual(Array.from({ length: 60 }, (_, i) => i * 2));
      await expect(sql`select ${'not a number'}::int as x`.execute(db)).rejects.toThrow(/invalid input syntax/);
      expect(await Promise.all([run(5), run(6), run(7)])).toEqual([10, 12, 14]);
      const users = await db.selectFrom('users').select('id').where('id', '=', 1).execute();
      expect(users).toEqual([]);
    });
  });
