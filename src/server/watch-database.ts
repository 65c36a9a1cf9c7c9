import { type Kysely, sql } from 'kysely';
import { connectionCause } from '../store/connection-errors.js';

export interface DatabaseWatch {
  /** Tells the watch that an operation failed; a connection failure starts the probing at once. */
  failed(error: unknown): void;
  /** Something answered 503: probe now (unless it is known to be down already). */
  suspect(): void;
  stop(): void;
}

/**
 * Watches a database server that can go away (PostgreSQL): every `everyMs` one `select 1`, more often while it is
 * down. It says once that the database stopped answering and once that it is back, then calls `onBack` (the
 * server runs the ingest pass that failed meanwhile). Requests need nothing from it: the pool opens new
 * connections by itself, and until then DB-backed routes answer 503.
 */
export function watchDatabase(
  // biome-ignore lint/suspicious/noExplicitAny: any schema; only `select 1` is run
  db: Kysely<any>,
  where: string,
  options: { onBack(): void; everyMs?: number; downEveryMs?: number; log?(line: string): void },
): DatabaseWatch {
  const log = options.log ?? ((line: string) => console.error(line));
  let down = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(probe, down ? (options.downEveryMs ?? 2_000) : (options.everyMs ?? 15_000));
    timer.unref();
  };
  const markDown = (cause: string) => {
    if (!down) log(`haebang: ${where} is not answering (${cause}); DB-backed pages answer 503 until it is back`);
    down = true;
  };
  let probing = false;
  const probe = async () => {
    probing = true;
    try {
      await sql`select 1`.execute(db);
      if (down) {
        down = false;
        log(`haebang: ${where} answers again`);
        options.onBack();
      }
    } catch (error) {
      markDown(connectionCause(error) ?? (error as Error).message);
    }
    probing = false;
    schedule();
  };
  schedule();
  return {
    failed(error) {
      const cause = connectionCause(error);
      if (!cause || down) return;
      markDown(cause);
      schedule();
    },
    suspect() {
      if (down || probing) return;
      clearTimeout(timer);
      void probe();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
