import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test/storage-targets.js';
import { sessionFromToken, startSession } from '../users/session-from-token.js';
import { type Database, openDatabase } from './open-database.js';
import { addReveal, setProgress } from './progress-repository.js';
import { keptSession, sessionStamp } from './session-cache.js';
import { deleteUserSessions, findSession, type SessionRecord } from './sessions-repository.js';
import { insertUser, type UserRecord } from './users-repository.js';

const withReader = { withReader: true };

/**
 * PGlite owned by this process (as `serve` runs it), with a second connection through its socket server standing for
 * another process (the CLI): every change, whoever makes it, must be seen by the next read of the session.
 */
describe('sessions kept in memory on PGlite in this process', () => {
  let dir: string;
  let database: Database;
  let other: pg.Client;
  let user: UserRecord;
  let token: string;
  let id: string;
  const read = () => findSession(database.db, id, withReader);
  /** Reads the session once so it is kept, and checks that it is. */
  const keep = async () => {
    const first = await read();
    expect(keptSession(database.db, id)).toEqual(first);
    return first!;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'haebang-session-cache-'));
    database = await openDatabase({ dataDir: dir });
    const owner = database.owner!;
    other = new pg.Client({ host: '127.0.0.1', port: owner.port, user: 'postgres', password: owner.secret });
    await other.connect();
    user = await insertUser(database.db, { name: 'reader', passwordHash: 'x', role: 'member' });
  });
  afterAll(async () => {
    await other?.end();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const started = await startSession(database.db, user);
    token = started.token;
    id = started.session.id;
    await setProgress(database.db, user.id, 'show-a', 2);
    await addReveal(database.db, user.id, 'item-1');
  });

  it('answers a second read from memory, as the statement would', async () => {
    expect(sessionStamp(database.db)).not.toBeNull();
    const first = await keep();
    expect(await read()).toEqual(first);
    first.reader!.readingState.progress.set('show-a', 99);
    first.reader!.readingState.reveals.push('item-2');
    expect(await read()).toEqual({ ...first, reader: (await keep()).reader });
    expect((await read())!.reader!.readingState.progress.get('show-a')).toBe(2);
  });

  it.each<[string, string, (r: SessionRecord | null) => unknown, unknown]>([
    ['logged out', 'delete from sessions where id = $1', (r) => r, null],
    ['every session ended', 'delete from sessions where user_id = $2', (r) => r, null],
    [
      'expiry moved',
      `update sessions set expires_at = '2001-01-01' where id = $1`,
      (r) => r?.expiresAt.getFullYear(),
      2001,
    ],
    ['role changed', `update users set role = 'owner' where id = $2`, (r) => r?.user.role, 'owner'],
    [
      'policy changed',
      `update users set unfollowed_policy = 'show' where id = $2`,
      (r) => r?.user.unfollowedPolicy,
      'show',
    ],
    [
      'language chosen',
      `insert into user_preferences (user_id, locale) values ($2, 'ko') on conflict (user_id) do update set locale = 'ko'`,
      (r) => r?.reader?.preferences.locale,
      'ko',
    ],
    [
      'progress set',
      `update progress set watched_through = 7 where user_id = $2`,
      (r) => r?.reader?.readingState.progress.get('show-a'),
      7,
    ],
    ['reveal taken back', 'delete from reveals where user_id = $2', (r) => r?.reader?.readingState.reveals, []],
    [
      'items changed',
      `update meta set value = '424242' where key = 'items_version'`,
      (r) => r?.reader?.readingState.itemsVersion,
      '424242',
    ],
    [
      'read marks changed',
      'update users set marks_version = 4242 where id = $2',
      (r) => r?.reader?.readingState.marksVersion,
      '4242',
    ],
  ])('sees at once a change made by another process: %s', async (_, statement, pick, expected) => {
    await keep();
    await other.query(statement.replaceAll('$1', `'${id}'`).replaceAll('$2', String(user.id)));
    expect(keptSession(database.db, id)).toBeNull();
    expect(pick(await read())).toEqual(expected);
  });

  it('sees a change made in another process’s transaction once it commits, and not before', async () => {
    await keep();
    await other.query('begin');
    await other.query(`update users set unfollowed_policy = 'show' where id = $1`, [user.id]);
    expect(keptSession(database.db, id)).toBeNull();
    const pending = read();
    await other.query('commit');
    expect((await pending)?.user.unfollowedPolicy).toBe('show');
    await other.query(`update users set unfollowed_policy = 'hide' where id = $1`, [user.id]);
  });

  it('sees this process’s own writes and lets a kept session expire by the clock', async () => {
    await keep();
    await deleteUserSessions(database.db, user.id);
    expect(await read()).toBeNull();
    const { token: fresh, session } = await startSession(database.db, user);
    expect(await sessionFromToken(database.db, fresh, new Date(), withReader)).not.toBeNull();
    expect(keptSession(database.db, session.id)).not.toBeNull();
    const later = new Date(session.expiresAt.getTime() + 1);
    expect(await sessionFromToken(database.db, fresh, later, withReader)).toBeNull();
    expect(await sessionFromToken(database.db, fresh, new Date(), withReader)).toBeNull();
    expect(token).toBeTruthy();
  });
});

describe.each(storageTargets)('sessions kept in memory on $name opened by the tests', (target) => {
  let database: Database;
  beforeAll(async () => {
    if (target.available) database = await target.open();
  });
  afterAll(async () => database?.close());

  it.runIf(target.available)('keeps nothing where other processes write unseen (PostgreSQL)', async () => {
    expect(sessionStamp(database.db) === null).toBe(target.name === 'postgres');
  });
});
