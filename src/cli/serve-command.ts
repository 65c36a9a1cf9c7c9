import { serve } from '@hono/node-server';
import { Command } from 'commander';
import { ensureStarterCatalog } from '../catalog/ensure-starter-catalog.js';
import { ensureDemoItems } from '../demo/ensure-demo-items.js';
import { countOf } from '../i18n/count-of.js';
import { startFeedSchedule } from '../queue/start-feed-schedule.js';
import { createReaderDeps } from '../reader/create-reader-deps.js';
import { createApp } from '../server/create-app.js';
import { type DatabaseWatch, watchDatabase } from '../server/watch-database.js';
import { openDatabase } from '../store/open-database.js';
import { startDailySync } from '../sync/start-daily-sync.js';
import { configFrom } from './cli-context.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'run the web app on 127.0.0.1 (the embedded database and the starter catalog unless configured otherwise)',
    )
    .option('-p, --port <port>', 'port (default 5173, or HAEBANG_PORT)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option(
      '--no-work',
      'on PostgreSQL: only queue the due feeds, leaving the fetching to `haebang worker` (or HAEBANG_SERVE_WORKS=0)',
    )
    .action(async (opts: { port?: number; host?: string; work: boolean }, cmd: Command) => {
      const config = configFrom(cmd);
      // On the embedded database, serve owns it and serves it to the CLI's other processes (see open-embedded.ts).
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        command: 'serve',
        serve: true,
        onWait: (message) => console.error(`haebang: ${message}`),
      });
      const loaded = await ensureStarterCatalog(database.db);
      if (loaded)
        console.log(
          `loaded the starter catalog: ${countOf(loaded.shows.added, 'show')}, ${countOf(loaded.people.added, 'person', 'people')}`,
        );
      const deps = await createReaderDeps(database.db, config);
      const demo = await ensureDemoItems(deps.ingest, config);
      if (demo) console.log(`loaded ${countOf(demo.added, 'demo item')} (haebang demo remove takes them away)`);
      const app = createApp(deps);
      // PostgreSQL can stop under a running server: watched once the server listens (below).
      let watch: DatabaseWatch | null = null;
      const host = opts.host ?? config.host;
      const port = opts.port ?? config.port;
      // The server follows the feeds by itself: every minute, the feeds that are due are refreshed (on PostgreSQL
      // through the queue it shares with `haebang worker`s; see src/queue/).
      const scheduler = await startFeedSchedule(database, config, deps.ingest, {
        concurrency: opts.work && config.serveWorks ? config.workerConcurrency : 0,
        applicationName: `haebang serve ${process.pid}`,
        log: (line) => console.error(line),
        onPass: (s) =>
          console.log(
            `ingest: ${countOf(s.feeds, 'feed')}, ${countOf(s.counts.added, 'item')} added, ${countOf(s.counts.duplicate, 'duplicate')}, ${countOf(s.failedFeeds, 'feed')} failed`,
          ),
        onError: (error) => {
          console.error(`ingest failed: ${(error as Error).message}`);
          watch?.failed(error);
        },
      });
      const server = serve(
        {
          // The catalog may have changed in another process (`haebang catalog import` beside the server).
          fetch: async (request, env) => {
            await deps.catalogFresh();
            const response = await app.fetch(request, env);
            if (response.status === 503) watch?.suspect();
            return response;
          },
          hostname: host,
          port,
        },
        (info) => {
          const url = `http://${host}:${info.port}/`;
          database.owner?.publish?.({ url });
          console.log(`haebang is running at ${url}  (${database.kind} database; Ctrl-C to stop)`);
        },
      );
      // The pass that failed while PostgreSQL was away runs again once it is back.
      watch =
        database.kind === 'postgres'
          ? watchDatabase(database.db, database.where, { onBack: () => void scheduler.tick() })
          : null;
      const dailySync = startDailySync(database.db, config, deps.refreshCatalog);
      const stop = () => {
        dailySync.stop();
        watch?.stop();
        process.once('SIGINT', () => process.exit(130));
        server.close(
          () =>
            void scheduler
              .stop()
              .then(() => database.close())
              .then(() => process.exit(0)),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
