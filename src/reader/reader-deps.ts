import type { Kysely } from 'kysely';
import type { Config } from '../config/load-config.js';
import type { ReaderState } from '../gate/gate-items.js';
import type { IngestDeps } from '../ingest/ingest-deps.js';
import type { Linker } from '../link/build-linker.js';
import type { DB } from '../store/db-types.js';
import type { Preferences } from '../store/preferences-repository.js';
import { type ReadingState, readReadingState } from '../store/progress-repository.js';
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
  /**
   * `meta.items_version` when the state was read: the newest items kept in memory are used only at this version
   * (unknown: they are read from the database).
   */
  itemsVersion?: string | null;
  /** The user's `users.marks_version` read with the state: their marks kept in memory are used only at it. */
  marksVersion?: string | null;
}

/** What was read with this request's session (GET and HEAD), by the request's user object. */
const preloaded = new WeakMap<SessionUser, { preferences: Preferences; readingState: ReadingState }>();

/** Keeps the preferences and reading state read with the session, for this request's `loadReader` and interface. */
export function preloadReader(user: SessionUser, read: { preferences: Preferences; readingState: ReadingState }) {
  preloaded.set(user, read);
}

/** The preferences read with this request's session, if they were. */
export function preloadedPreferences(user: SessionUser): Preferences | undefined {
  return preloaded.get(user)?.preferences;
}

/** Loads a user's progress, reveals, unfollowed-shows and unsure-horizons policies (read with the session, when it was). */
export async function loadReader(db: Kysely<DB>, user: SessionUser): Promise<Reader> {
  const read = preloaded.get(user)?.readingState ?? (await readReadingState(db, user.id));
  const { progress, reveals, settings, itemsVersion, marksVersion } = read;
  return {
    user,
    itemsVersion,
    marksVersion,
    state: {
      progress,
      reveals: new Set(reveals),
      unfollowedPolicy: settings?.unfollowedPolicy ?? user.unfollowedPolicy,
      unsurePolicy: settings?.unsurePolicy ?? 'hide',
    },
  };
}
