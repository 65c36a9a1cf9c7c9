import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { AppError } from '../errors/app-error.js';
import { countUsers, listUsers } from '../store/users-repository.js';
import { createMember, createOwner } from '../users/add-user.js';
import { resetPassword } from '../users/change-password.js';
import { configFrom, withDatabase } from './cli-context.js';

/** Reads a line from the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write(question);
  // readline echoes what is typed through this method; silence it for the password.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** The new password: typed twice at a terminal, or the first line of standard input when it is piped. */
export async function readNewPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    if ((await promptHidden('Again: ')) !== first) throw new AppError('input.invalid', 'the passwords differ');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  const line = text.split(/\r?\n/)[0];
  if (!line) throw new AppError('input.empty', 'no password on standard input');
  return line;
}

export function usersCommand(): Command {
  const users = new Command('users').description('accounts: the owner and the members they add');

  users
    .command('add')
    .description('add a user; the password is read from a prompt, or the first line of standard input')
    .argument('<name>', '1-40 letters, digits, dots, underscores or hyphens')
    .option('--owner', 'create the owner (only while there is no user yet; the first user must be the owner)')
    .action(async (name: string, opts: { owner?: boolean }, cmd: Command) => {
      const password = await readNewPassword();
      const user = await withDatabase(configFrom(cmd), async ({ db }) => {
        if (opts.owner) return createOwner(db, { name, password });
        if ((await countUsers(db)) === 0)
          throw new AppError('input.invalid', 'there is no owner yet: add the first user with --owner');
        return createMember(db, { name, password });
      });
      console.log(`added ${user.role} ${user.name} (id ${user.id})`);
    });

  users
    .command('list')
    .description('list the users')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const all = await withDatabase(configFrom(cmd), ({ db }) => listUsers(db));
      if (opts.json) console.log(JSON.stringify(all, null, 2));
      else if (!all.length) console.log('no users yet: add the owner with `haebang users add NAME --owner`');
      else
        for (const u of all)
          console.log(
            `${String(u.id).padStart(4)}  ${u.name.padEnd(40)} ${u.role.padEnd(6)}  ${u.createdAt.toISOString()}`,
          );
    });

  users
    .command('set-password')
    .description("set a user's password (for a forgotten one) and end all their sessions")
    .argument('<name>', 'the user')
    .action(async (name: string, _opts, cmd: Command) => {
      const password = await readNewPassword();
      await withDatabase(configFrom(cmd), ({ db }) => resetPassword(db, name, password));
      console.log(`password of ${name} changed; their sessions are ended`);
    });
  return users;
}
