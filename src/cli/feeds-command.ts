import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import { addFeed, parseInterval } from '../ingest/add-feed.js';
import { importOpml } from '../ingest/import-opml.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { writeOpml } from '../parse/read-opml.js';
import { deleteFeed, findFeed, listFeeds } from '../store/feeds-repository.js';
import { configFrom, withDatabase } from './cli-context.js';
import { readInput } from './read-input.js';

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');

export function feedsCommand(): Command {
  const feeds = new Command('feeds').description('the news feeds and YouTube channels haebang follows');

  feeds
    .command('add')
    .description('follow a feed (RSS, Atom, JSON Feed, a YouTube channel feed, or a page that announces a feed)')
    .argument('<url>', 'the feed URL')
    .option('--every <interval>', 'how often to fetch it: 30m, 2h, 1d', '30m')
    .action(async (url: string, opts: { every: string }, cmd: Command) => {
      const intervalMinutes = parseInterval(opts.every);
      const config = configFrom(cmd);
      const feed = await withDatabase(config, (d) => addFeed(createIngestDeps(d.db, config), url, { intervalMinutes }));
      console.log(`following #${feed.id} ${feed.title ?? feed.url} (${feed.kind}, every ${feed.interval_minutes} min)`);
    });

  feeds
    .command('list')
    .description('the feeds followed, with their items, last fetch and last error')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const rows = await withDatabase(configFrom(cmd), (d) => listFeeds(d.db));
      if (opts.json) return console.log(JSON.stringify(rows, null, 2));
      if (!rows.length) return console.log('no feeds yet: haebang feeds add URL');
      for (const f of rows) {
        console.log(`#${f.id} ${f.title ?? '(untitled)'}  ${f.url}`);
        console.log(
          `    ${f.kind}, every ${f.interval_minutes} min, ${countOf(f.items, 'item')}, last fetched ${when(f.last_fetched_at)}, next ${when(f.next_fetch_at)}`,
        );
        if (f.last_error) console.log(`    last error (${f.error_count} in a row): ${f.last_error}`);
      }
    });

  feeds
    .command('remove')
    .description('stop following a feed; its items are removed with it')
    .argument('<feed>', 'the feed id (from feeds list) or URL')
    .action(async (idOrUrl: string, _opts, cmd: Command) => {
      await withDatabase(configFrom(cmd), async (d) => {
        const feed = await findFeed(d.db, idOrUrl);
        if (!feed) throw new AppError('not-found', `no feed ${idOrUrl}; see haebang feeds list`);
        const items = await deleteFeed(d.db, feed.id);
        console.log(
          `removed #${feed.id} ${feed.title ?? feed.url} and ${items === 1 ? 'its item' : `its ${countOf(items, 'item')}`}`,
        );
      });
    });

  feeds
    .command('import')
    .description('follow every feed in an OPML file (feeds followed already are left as they are)')
    .argument('<file>', 'OPML file, or - for standard input')
    .option('--every <interval>', 'how often to fetch them', '30m')
    .action(async (file: string, opts: { every: string }, cmd: Command) => {
      const intervalMinutes = parseInterval(opts.every);
      const { bytes, origin } = await readInput(file);
      const text = new TextDecoder().decode(bytes);
      const config = configFrom(cmd);
      const report = await withDatabase(config, (d) =>
        importOpml(createIngestDeps(d.db, config), text, origin, intervalMinutes),
      );
      for (const f of report.failed)
        console.error(`  ${f.line !== null ? `line ${f.line}: ` : ''}${f.url ? `${f.url}: ` : ''}${f.reason}`);
      console.log(
        `${countOf(report.listed, 'feed')} in ${origin}: ${report.added.length} added, ${report.existing.length} followed already, ${report.failed.length} could not be read`,
      );
      if (report.failed.length) process.exitCode = 1;
    });

  feeds
    .command('export')
    .description('write the feeds as OPML, for other feed readers')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { output?: string }, cmd: Command) => {
      const rows = await withDatabase(configFrom(cmd), (d) => listFeeds(d.db));
      const opml = writeOpml(rows.map((f) => ({ url: f.url, title: f.title, siteUrl: f.site_url })));
      if (opts.output) await writeFile(opts.output, opml);
      else process.stdout.write(opml);
    });

  return feeds;
}
