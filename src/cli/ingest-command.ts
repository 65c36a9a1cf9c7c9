import { Command } from 'commander';
import { aboutUrl } from '../errors/about-url.js';
import { countOf } from '../i18n/count-of.js';
import { addArticle } from '../ingest/add-article.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { ingestFeeds } from '../ingest/ingest-feeds.js';
import { reanalyzeItems } from '../ingest/reanalyze-items.js';
import { configFrom, withDatabase } from './cli-context.js';
import { createProgressBar } from './progress-bar.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('one pass over the feeds that are due: fetch, parse, extract, sanitize, analyse and store new items')
    .option('--all', 'fetch every feed now, due or not, ignoring ETag and Last-Modified')
    .option('--json', 'print the per-feed, per-item results as JSON')
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      const config = configFrom(cmd);
      const bar = createProgressBar();
      const summary = await withDatabase(config, (d) =>
        ingestFeeds(createIngestDeps(d.db, config), {
          all: opts.all,
          onProgress: (n, total, label) => bar.update(n, total, label),
        }),
      );
      bar.stop();
      if (opts.json) return console.log(JSON.stringify(summary, null, 2));
      for (const r of summary.results) {
        if (r.status === 'failed') console.log(`  failed  ${aboutUrl(r.url, r.error ?? '')}`);
        for (const i of r.items.filter((x) => x.status === 'failed'))
          console.log(`  item failed  ${i.title}: ${i.error}`);
        for (const e of r.skipped) console.log(`  entry skipped  ${r.url} #${e.index}: ${e.reason}`);
      }
      const c = summary.counts;
      if (summary.elsewhere) console.log(`  ${countOf(summary.elsewhere, 'feed')} left to the worker refreshing it`);
      console.log(
        `${countOf(summary.feeds, 'feed')} (${summary.notModified} not modified, ${summary.failedFeeds} failed): ${countOf(c.added, 'item')} added, ${c.unchanged} unchanged, ${countOf(c.duplicate, 'duplicate')}, ${c.failed} failed`,
      );
      if (summary.failedFeeds || c.failed) process.exitCode = 1;
    });
}

export function addCommand(): Command {
  return new Command('add')
    .description('add a single article page by hand: fetched, extracted, analysed and stored like a feed item')
    .argument('<url>', 'the article URL')
    .action(async (url: string, _opts, cmd: Command) => {
      const config = configFrom(cmd);
      const result = await withDatabase(config, (d) => addArticle(createIngestDeps(d.db, config), url));
      console.log(`${result.status === 'added' ? 'added' : 'already stored'}: ${result.title} (${result.id})`);
    });
}

export function reanalyzeCommand(): Command {
  return new Command('reanalyze')
    .description('analyse stored items again after the catalog changed (a new show, a new alias); reports what changed')
    .option('--all', 'analyse every item, even those analysed with the current catalog')
    .option('--json', 'print the changes as JSON')
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      const config = configFrom(cmd);
      const bar = createProgressBar();
      const summary = await withDatabase(config, (d) =>
        reanalyzeItems(createIngestDeps(d.db, config), {
          all: opts.all,
          onProgress: (n, label) => bar.update(n, n, label),
        }),
      );
      bar.stop();
      if (opts.json) return console.log(JSON.stringify(summary, null, 2));
      for (const item of summary.changed) console.log(`${item.title}\n    ${item.changes.join('\n    ')}`);
      console.log(
        `${countOf(summary.items, 'item')}: ${summary.changed.length} changed, ${summary.restamped} re-analysed with no change`,
      );
    });
}
