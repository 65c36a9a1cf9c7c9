import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { unavailableError } from '../store/connection-errors.js';
import type { Database } from '../store/open-database.js';

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

let commandName = 'cli';

/** The running command's name (`feeds add`), for the embedded database's lock file and messages. */
export function setCommandName(name: string): void {
  commandName = name;
}

/**
 * Opens the configured database (loading the starter catalog on first use), runs `fn`, and closes it. On the
 * embedded database this process goes through the process that owns it (a running `serve`, another command), or
 * becomes the owner for the command's duration; see src/store/open-embedded.ts.
 */
export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  // Loaded when a command opens the database, not when it starts: `analyze` with a cached linker never does.
  const [{ openDatabase }, { ensureStarterCatalog }] = await Promise.all([
    import('../store/open-database.js'),
    import('../catalog/ensure-starter-catalog.js'),
  ]);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: commandName,
    onWait: (message) => console.error(`haebang: ${message}`),
  });
  try {
    await ensureStarterCatalog(database.db);
    return await fn(database);
  } catch (error) {
    const lost = unavailableError(error, database.where);
    if (!lost) throw error;
    throw new AppError('storage.unavailable', lost.message, {
      cause: error,
      details: [
        'what was stored before is kept, and nothing is half-written (each change is one transaction);',
        'run the command again once the database answers',
      ],
    });
  } finally {
    await database.close().catch(() => {});
  }
}
