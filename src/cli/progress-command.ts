import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { Kysely } from 'kysely';
import { catalogLinker } from '../catalog/catalog-linker.js';
import { linkerCacheSite } from '../catalog/linker-cache-site.js';
import type { Config } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import { exportProgress, importProgress } from '../progress/import-progress.js';
import type { DB } from '../store/db-types.js';
import { findUserByName } from '../store/users-repository.js';
import { configFrom, withDatabase } from './cli-context.js';
import { readInput } from './read-input.js';

async function userAndLinker(db: Kysely<DB>, config: Config, name: string) {
  const user = await findUserByName(db, name);
  if (!user) throw new AppError('not-found', `no user named ${name}`);
  const { linker } = await catalogLinker(db, linkerCacheSite(config));
  return { user, deps: { db, linker: () => linker } };
}

/** `haebang progress import|export`: watched progress in from Trakt or MyDramaList, and out as a file. */
export function progressCommand(): Command {
  const progress = new Command('progress').description(
    "a user's watched progress: import it from Trakt or MyDramaList, export it",
  );

  progress
    .command('import')
    .description(
      'set progress from a Trakt history or watched-shows export (JSON), a MyDramaList list (CSV, TSV or JSON) or a haebang export; lists what matched no show',
    )
    .argument('<file>', 'the export file, or - for standard input')
    .requiredOption('--user <name>', 'whose progress')
    .option('--json', 'the report as JSON')
    .action(async (file: string, opts: { user: string; json?: boolean }, cmd: Command) => {
      const { bytes, origin } = await readInput(file);
      const config = configFrom(cmd);
      const report = await withDatabase(config, async ({ db }) => {
        const { user, deps } = await userAndLinker(db, config, opts.user);
        return importProgress(deps, user.id, new TextDecoder().decode(bytes), origin);
      });
      if (opts.json) return void console.log(JSON.stringify(report, null, 2));
      for (const m of report.matched)
        console.log(`  ${m.where}: ${m.title} → ${m.showTitle}, watched through episode ${m.watchedThrough}`);
      for (const u of report.unmatched)
        console.log(`  ${u.where}: ${u.title || '(no title)'}: not imported, ${u.reason}`);
      console.log(
        `${origin} (${report.format}): ${countOf(report.matched.length, 'show')} imported, ${report.unmatched.length} not matched`,
      );
    });

  progress
    .command('export')
    .description("write a user's progress as JSON (haebang-progress, which `progress import` reads back)")
    .requiredOption('--user <name>', 'whose progress')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { user: string; output?: string }, cmd: Command) => {
      const config = configFrom(cmd);
      const text = await withDatabase(config, async ({ db }) => {
        const { user, deps } = await userAndLinker(db, config, opts.user);
        return exportProgress(deps, user.id);
      });
      if (opts.output) await writeFile(opts.output, text);
      else process.stdout.write(text);
    });

  return progress;
}
