import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** A statement is prepared once it has run this many times in this process (one-off statements never are). */
const preparedAfter = 3;
/** At most this many statements are prepared (each connection keeps their plans for its life). */
const preparedAtMost = 200;

/**
 * Which statements to prepare, by text: the hot ones (a feed page's session and state statement, a reader's marks),
 * seen `preparedAfter` times, up to `preparedAtMost`. Only statements with parameters that read or write rows: one
 * without parameters may be several statements (a migration's), which a prepared statement cannot be.
 */
export function statementNamer(): (text: string, parameters: number) => string | undefined {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  return (text, parameters) => {
    const name = names.get(text);
    if (name || !parameters || names.size >= preparedAtMost) return name;
    if (!/^\s*(select|insert|update|delete|with)\b/i.test(text)) return undefined;
    const times = (seen.get(text) ?? 0) + 1;
    if (times < preparedAfter) {
      if (seen.size >= 10_000) seen.clear();
      seen.set(text, times);
      return undefined;
    }
    seen.delete(text);
    // The name is the text's digest, so every process (and, on PGlite, every connection to its one session) gives
    // the same statement the same name.
    const named = `h${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, named);
    return named;
  };
}

/**
 * The pool Kysely uses, with its hot statements prepared: node-postgres parses and plans a named statement once per
 * connection and then only binds and runs it (the planning was about half of a feed page's session statement on
 * PGlite). Everything else goes through as it came.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const nameOf = statementNamer();
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((input: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>) => {
      if (typeof input !== 'string') return client.query(input as never);
      const values = [...(parameters ?? [])];
      const name = nameOf(input, values.length);
      return client.query(name ? { name, text: input, values } : { text: input, values });
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  });
  return {
    async connect() {
      const client = await pool.connect();
      const kept = wrapped.get(client);
      if (kept) return kept;
      const w = wrap(client);
      wrapped.set(client, w);
      return w;
    },
    end: () => pool.end(),
  };
}
