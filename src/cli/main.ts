import { Command, CommanderError } from 'commander';
import { AppError } from '../errors/app-error.js';
import { setCommandName } from './cli-context.js';

/**
 * Each command's module, loaded only when it runs: a command imports what it needs (the server, the pipeline, the
 * database) and no other command's, so `haebang analyze` does not pay for loading the web app.
 */
const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze-command.js')).analyzeCommand(),
  catalog: async () => (await import('./catalog-command.js')).catalogCommand(),
  demo: async () => (await import('./demo-command.js')).demoCommand(),
  feeds: async () => (await import('./feeds-command.js')).feedsCommand(),
  ingest: async () => (await import('./ingest-command.js')).ingestCommand(),
  add: async () => (await import('./ingest-command.js')).addCommand(),
  progress: async () => (await import('./progress-command.js')).progressCommand(),
  reanalyze: async () => (await import('./ingest-command.js')).reanalyzeCommand(),
  serve: async () => (await import('./serve-command.js')).serveCommand(),
  sources: async () => (await import('./sources-command.js')).sourcesCommand(),
  users: async () => (await import('./users-command.js')).usersCommand(),
  worker: async () => (await import('./worker-command.js')).workerCommand(),
};
const globalsWithValue = new Set(['--data-dir', '--database-url']);

/** The command an argument list names (the first word after the global options), or null. */
export function commandNamed(argv: string[]): string | null {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i];
    if (globalsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(commands, arg) ? arg : null;
  }
  return null;
}

/** The program with the command `argv` names, or with every command (for help, or a command it does not know). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const named = commandNamed(argv);
  const program = new Command('haebang')
    .description('spoiler-aware K-drama news companion')
    .version('0.1.0')
    .option('--data-dir <dir>', 'embedded database directory (default ./.haebang, or HAEBANG_DATA_DIR)')
    .option('--database-url <url>', 'use this PostgreSQL server instead of the embedded database (or DATABASE_URL)')
    .showHelpAfterError()
    .hook('preAction', (_program, action) => {
      const names: string[] = [];
      for (let c: Command | null = action; c?.parent; c = c.parent) names.unshift(c.name());
      setCommandName(names.join(' '));
    });
  const load = named ? [commands[named]] : Object.values(commands);
  for (const command of await Promise.all(load.map((l) => l()))) program.addCommand(command);
  return program;
}

/** Runs the CLI; errors become one readable message (plus details) and a non-zero exit status. */
export async function main(argv: string[]): Promise<void> {
  const program = (await buildProgram(argv)).exitOverride();
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
