import { Command, CommanderError } from 'commander';
import { AppError } from '../errors/app-error.js';
import { analyzeCommand } from './analyze-command.js';
import { catalogCommand } from './catalog-command.js';
import { setCommandName } from './cli-context.js';
import { demoCommand } from './demo-command.js';
import { feedsCommand } from './feeds-command.js';
import { addCommand, ingestCommand, reanalyzeCommand } from './ingest-command.js';
import { progressCommand } from './progress-command.js';
import { serveCommand } from './serve-command.js';
import { sourcesCommand } from './sources-command.js';
import { usersCommand } from './users-command.js';

export function buildProgram(): Command {
  return new Command('haebang')
    .description('spoiler-aware K-drama news companion')
    .version('0.1.0')
    .option('--data-dir <dir>', 'embedded database directory (default ./.haebang, or HAEBANG_DATA_DIR)')
    .option('--database-url <url>', 'use this PostgreSQL server instead of the embedded database (or DATABASE_URL)')
    .showHelpAfterError()
    .hook('preAction', (_program, action) => {
      const names: string[] = [];
      for (let c: Command | null = action; c?.parent; c = c.parent) names.unshift(c.name());
      setCommandName(names.join(' '));
    })
    .addCommand(analyzeCommand())
    .addCommand(catalogCommand())
    .addCommand(demoCommand())
    .addCommand(feedsCommand())
    .addCommand(ingestCommand())
    .addCommand(addCommand())
    .addCommand(progressCommand())
    .addCommand(reanalyzeCommand())
    .addCommand(serveCommand())
    .addCommand(sourcesCommand())
    .addCommand(usersCommand());
}

/** Runs the CLI; errors become one readable message (plus details) and a non-zero exit status. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof AppError) {
      console.error(`haebang: ${error.message}`);
      for (const d of error.details ?? []) console.error(`  ${d}`);
    } else {
      console.error(`haebang: unexpected error: ${(error as Error)?.stack ?? error}`);
    }
    process.exitCode = 1;
  }
}
