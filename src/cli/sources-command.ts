import { Command } from 'commander';
import type { Config } from '../config/load-config.js';
import {
  readSyncSources,
  type SyncSources,
  setSyncSource,
  syncSourceHosts,
  syncSourceNames,
} from '../sync/sync-sources-setting.js';
import { configFrom, withDatabase } from './cli-context.js';

const what = { wikidata: 'Wikidata SPARQL endpoint', tmdb: 'TMDB API' } as const;

function print(sources: SyncSources, config: Config): void {
  for (const name of syncSourceNames) {
    const note =
      name === 'tmdb' && !(config.tmdbToken || config.tmdbApiKey)
        ? ' (also needs HAEBANG_TMDB_TOKEN or HAEBANG_TMDB_API_KEY)'
        : '';
    console.log(`${name.padEnd(9)} ${sources[name] ? 'on ' : 'off'}  ${syncSourceHosts[name]}, ${what[name]}${note}`);
  }
}

/** `haebang sources`: which catalog sources the server's daily sync may contact (all off until turned on). */
export function sourcesCommand(): Command {
  const sources = new Command('sources').description(
    "the catalog sources serve's daily sync may contact (all off until you turn one on)",
  );
  sources
    .command('list', { isDefault: true })
    .description('each source, on or off, and the host it contacts')
    .action(async (_opts, cmd: Command) => {
      const config = configFrom(cmd);
      print(await withDatabase(config, (d) => readSyncSources(d.db)), config);
    });
  for (const [verb, on] of [
    ['on', true],
    ['off', false],
  ] as const)
    sources
      .command(`${verb} <name>`)
      .description(`turn a source ${verb} for the daily sync (${syncSourceNames.join(' or ')})`)
      .action(async (name: string, _opts, cmd: Command) => {
        const config = configFrom(cmd);
        print(await withDatabase(config, (d) => setSyncSource(d.db, name, on)), config);
      });
  return sources;
}
