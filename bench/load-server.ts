import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { loadConfig } from '../src/config/load-config.js';
import { createReaderDeps } from '../src/reader/create-reader-deps.js';
import { createApp } from '../src/server/create-app.js';
import { openDatabase } from '../src/store/open-database.js';
import { listUsers } from '../src/store/users-repository.js';
import { startSession } from '../src/users/session-from-token.js';
import { generateReaderData } from './generate-reader-data.js';

/**
 * Child process of the load bench: a fresh database (PGlite in `--data-dir`, or the PostgreSQL database at
 * `--database-url`) filled with generated items and readers, served on a loopback port by the same app `serve` runs
 * (without the feed scheduler and the daily sync, which would fetch the generated feeds' made-up URLs). Prints one
 * JSON line with the port, a session cookie per reader and what was generated; stops on SIGTERM.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    items: { type: 'string', default: '20000' },
    users: { type: 'string', default: '200' },
  },
});
const database = await openDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'] });
const data = await generateReaderData(database.db, { items: Number(values.items), users: Number(values.users) });
const cookies: string[] = [];
for (const user of await listUsers(database.db))
  cookies.push(`haebang_session=${(await startSession(database.db, user)).token}`);
const app = createApp(await createReaderDeps(database.db, loadConfig()));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  console.log(JSON.stringify({ port: info.port, cookies, data, kind: database.kind }));
});
process.once('SIGTERM', () => {
  server.close(() => void database.close().then(() => process.exit(0)));
});
