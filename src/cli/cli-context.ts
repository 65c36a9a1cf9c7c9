import type { Command } from 'commander';
import { ensureStarterCatalog } from '../catalog/ensure-starter-catalog.js';
import { type Config, loadConfig } from '../config/load-config.js';
import { type Database, openDatabase } from '../store/open-database.js';

export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

/** The configuration with the command line's global options applied on top of the environment. */
export function configFrom(command: Command): Config {
  const opts = command.optsWithGlobals<GlobalOptions>();
  const overrides: Partial<Config> = {};
  if (opts.dataDir) overrides.dataDir = opts.dataDir;
  if (opts.databaseUrl) overrides.databaseUrl = opts.databaseUrl;
  return loadConfig(process.env, overrides);
}

/** Opens the configured database (loading the starter catalog on first use), runs `fn`, and closes it. */
export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await ensureStarterCatalog(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}
