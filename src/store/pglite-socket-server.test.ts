import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgliteSocketServer, startPgliteSocketServer } from './pglite-socket-server.js';

let lite: PGlite;
let server: PgliteSocketServer;
let pool: pg.Pool;
const connection = () => ({ host: '127.0.0.1', port: server.port, user: 'postgres', password: 'the-secret' });

beforeAll(async () => {
  lite = await PGlite.create({ dataDir: 'memory://' });
  server = await startPgliteSocketServer(lite, 'the-secret');
  pool = new pg.Pool({ ...connection(), max: 5 });
  await pool.query('create table t (id int primary key, v text)');
});
afterAll(async () => {
  await pool.end();
  await server.close();
  await lite.close();
});

describe('the PGlite socket server', () => {
  it('keeps concurrent transactions apart: each commits or rolls back alone', async () => {
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          await client.query('insert into t values ($1, $2)', [i, `row ${i}`]);
          await new Promise((resolve) => setTimeout(resolve, 3));
          await client.query(i % 3 === 0 ? 'rollback' : 'commit');
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query('select id from t order by id');
    expect(rows.map((r) => r.id)).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
  });

  it('answers errors and parameters like PostgreSQL', async () => {
    await expect(pool.query('select nope')).rejects.toThrow(/column "nope" does not exist/);
    expect((await pool.query('select $1::int + 1 as x', [41])).rows).toEqual([{ x: 42 }]);
  });

  it('rolls back the open transaction of a client that disconnects, and serves the others meanwhile', async () => {
    const client = new pg.Client(connection());
    client.on('error', () => {});
    await client.connect();
    await client.query('begin');
    await client.query(`insert into t values (100, 'never committed')`);
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await pool.query('select count(*)::int as n from t where id = 100')).rows).toEqual([{ n: 0 }]);
  });

  it('shares named (prepared) statements between connections, as they share its one session', async () => {
    // Every connection prepares the same statements by name: the second Parse of a name is answered, not refused.
    const clients = await Promise.all(Array.from({ length: 4 }, () => pool.connect()));
    try {
      const query = { name: 'shared-one', text: 'select v from t where id = $1' };
      const ids = [1, 2, 4, 5];
      for (let round = 0; round < 3; round++)
        for (const [i, client] of clients.entries())
          expect((await client.query({ ...query, values: [ids[i]] })).rows).toEqual([{ v: `row ${ids[i]}` }]);
      // A different text under a name already taken is refused, as PostgreSQL does.
      await expect(
        clients[0]!.query({ name: 'shared-one', text: 'select id from t where id = $1', values: [1] }),
      ).rejects.toThrow(/already exists|unique/);
      // A Close of a named statement (node-postgres sends one when a value cannot be encoded) leaves it to the others.
      const bad = {
        toPostgres: () => {
          throw new Error('cannot encode');
        },
      };
      await expect(
        clients[1]!.query({ name: 'shared-two', text: 'select $1::text as x', values: [bad] }),
      ).rejects.toThrow(/cannot encode/);
      expect(
        (await clients[2]!.query({ name: 'shared-two', text: 'select $1::text as x', values: ['ok'] })).rows,
      ).toEqual([{ x: 'ok' }]);
      const fresh = new pg.Client(connection());
      await fresh.connect();
      expect((await fresh.query({ ...query, values: [4] })).rows).toEqual([{ v: 'row 4' }]);
      await fresh.end();
    } finally {
      for (const client of clients) client.release();
    }
  });

  it('refuses a client without the secret', async () => {
    for (const password of ['wrong', '']) {
      const client = new pg.Client({ ...connection(), password });
      client.on('error', () => {});
      await expect(client.connect()).rejects.toThrow(/wrong secret|password/);
    }
  });
});
