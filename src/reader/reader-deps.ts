import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import type { ReaderState } from '../gate/gate-items.js';
import type { IngestDeps } from '../ingest/ingest-deps.js';
import type { Linker } from '../link/build-linker.js';
import type { DB } from '../store/db-types.js';
import { readReadingState } from '../store/progress-repository.js';
import type { SessionUser } from '../users/session-from-token.js';

/** What the reader's services, pages and API need: the store, the current linker, and the ingest pipeline. */
export interface ReaderDeps {
  db: Kysely<DB>;
  config: Config;
  /** The linker for the current catalog (its `view` has every show, person, character and network by id). */
  linker(): Linker;
  /** Rebuilds the linker after the catalog changed (an import), and re-analyses the stored items. */
  catalogChanged(): Promise<void>;
  /** The ingest pipeline (safe fetcher, analyser), for adding feeds and articles from the settings page. */
  ingest: IngestDeps;
}

/** The logged-in reader and their reading state: what the spoiler gate decides with. */
export interface Reader {
  user: SessionUser;
  state: ReaderState;
}

/** Loads a user's progress, reveals and unfollowed-shows policy. */
export async function loadReader(db: Kysely<DB>, user: SessionUser): Promise<Reader> {
  const { progress, reveals, settings } = await readReadingState(db, user.id);
  return {
    user,
    state: {
      progress,
      reveals: new Set(reveals),
      unfollowedPolicy: settings?.unfollowedPolicy ?? user.unfollowedPolicy,
    },
  };
}
