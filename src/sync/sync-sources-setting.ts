import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { DB } from '../store/db-types.js';
import { getMeta, setMeta } from '../store/meta-repository.js';

/**
 * Which catalog sources the server's daily sync may contact. Every one is off until the owner turns it on
 * (`haebang sources on NAME`, or Settings): haebang opens no connection the user did not ask for.
 */
export const syncSourceNames = ['wikidata', 'tmdb'] as const;
export type SyncSourceName = (typeof syncSourceNames)[number];
export const syncSourceNameSchema = z.enum(syncSourceNames);

/** The host each source contacts by default (README, "Outgoing connections"). */
export const syncSourceHosts: Record<SyncSourceName, string> = {
  wikidata: 'query.wikidata.org',
  tmdb: 'api.themoviedb.org',
};

const metaKey = 'sync-sources';
const storedSchema = z.object({ wikidata: z.boolean().default(false), tmdb: z.boolean().default(false) });
export type SyncSources = Record<SyncSourceName, boolean>;

/** The sources turned on; none until the owner turns one on (a damaged setting reads as all off). */
export async function readSyncSources(db: Kysely<DB>): Promise<SyncSources> {
  const text = await getMeta(db, metaKey);
  let stored: unknown = {};
  try {
    stored = text ? JSON.parse(text) : {};
  } catch {
    stored = {};
  }
  const parsed = storedSchema.safeParse(stored);
  return parsed.success ? parsed.data : { wikidata: false, tmdb: false };
}

/** Turns one source on or off; returns the sources after the change. */
export async function setSyncSource(db: Kysely<DB>, name: string, on: boolean): Promise<SyncSources> {
  const parsed = syncSourceNameSchema.safeParse(name);
  if (!parsed.success)
    throw new AppError('input.invalid', `unknown source "${name}" (expected ${syncSourceNames.join(' or ')})`);
  const sources = { ...(await readSyncSources(db)), [parsed.data]: on };
  await setMeta(db, metaKey, JSON.stringify(sources));
  return sources;
}
