import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteWriteStamp, type WriteStamp } from './write-stamp.js';

/** The stamp the session cache trusts: it must move on every kind of write, and on nothing else. */
describe('PGlite write stamp', () => {
  let lite: PGlite;
  let stamp: WriteStamp;
  beforeAll(async () => {
    lite = await PGlite.create();
    stamp = pgliteWriteStamp(lite)!;
    await lite.exec('create table t (a int primary key, b text); insert into t values (1, $$x$$);');
    await lite.exec("create function bump() returns int language sql as $$ update t set b = b || 'y' returning a $$;");
  });
  afterAll(async () => lite?.close());

  it.each<[string, string, boolean]>([
    ['a select', 'select * from t', false],
    ['a select of nothing', 'select 1 where false', false],
    ['an update matching no row', 'update t set b = null where a = -1', false],
    ['an insert', 'insert into t values (2, null)', true],
    ['an update', `update t set b = 'z' where a = 1`, true],
    ['a delete', 'delete from t where a = 2', true],
    ['an upsert', `insert into t values (1, 'u') on conflict (a) do update set b = excluded.b`, true],
    ['a data-modifying CTE under a select', `with u as (update t set b = 'w' returning a) select * from u`, true],
    ['a select calling a function that writes', 'select bump()', true],
    ['DDL', 'create index t_b on t (b)', true],
    ['a truncate', 'truncate t', true],
    ['a write inside a transaction, before it commits', `begin; insert into t values (3, null)`, true],
    ['the commit after it', 'commit', false],
  ])('%s moves it: %s', async (_, statement, moves) => {
    const before = stamp();
    await lite.exec(statement);
    expect(stamp() !== before).toBe(moves);
  });
});
