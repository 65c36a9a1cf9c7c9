import { Command, Option } from 'commander';
import { isoDate } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import { listUnknownTitles, removeUnknownTitle } from '../store/unknown-titles-repository.js';
import { type SyncSummary, syncCatalog } from '../sync/sync-catalog.js';
import { configFrom, withDatabase } from './cli-context.js';
import { createProgressBar } from './progress-bar.js';

const sourceArg = ['tmdb', 'wikidata'];

/** `catalog sync tmdb|wikidata [--show TITLE|ID] [--since DATE]` */
export function syncCommand(): Command {
  return new Command('sync')
    .description('add and update shows from TMDB (needs HAEBANG_TMDB_TOKEN or HAEBANG_TMDB_API_KEY) or Wikidata')
    .addArgument(new Command().createArgument('<source>', 'tmdb or wikidata').choices(sourceArg))
    .option('--show <title|id>', 'only this show: a title, a catalog id, a TMDB id or a Wikidata QID')
    .option('--since <date>', 'only shows airing on or after this date (YYYY-MM-DD)')
    .action(async (source: string, opts: { show?: string; since?: string }, cmd: Command) => {
      if (opts.since && !isoDate.safeParse(opts.since).success)
        throw new AppError('input.invalid', `--since ${opts.since}: expected a date as YYYY-MM-DD`);
      const summary = await runSync(cmd, source, { show: opts.show, since: opts.since ?? null });
      printSummary(summary);
    });
}

/** `catalog unknown` and `catalog unknown add TITLE --source tmdb|wikidata` */
export function unknownCommand(): Command {
  const unknown = new Command('unknown')
    .description('titles that items present as dramas but the catalog lacks, the most often seen first')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const rows = await withDatabase(configFrom(cmd), (d) => listUnknownTitles(d.db));
      if (opts.json) return console.log(JSON.stringify(rows, null, 2));
      if (!rows.length) return console.log('no unknown titles');
      for (const r of rows) {
        console.log(`${String(r.count).padStart(4)}  ${r.title}  (last seen ${r.lastSeen.toISOString().slice(0, 10)})`);
        for (const s of r.samples.slice(0, 2))
          console.log(`        ${s.title ?? s.itemId}${s.url ? `  ${s.url}` : ''}`);
      }
    });
  unknown
    .command('add')
    .description('look a title up in TMDB or Wikidata and add it to the catalog')
    .argument('<title...>', 'the title, as listed by `catalog unknown`')
    .addOption(new Option('--source <source>', 'where to look it up').choices(sourceArg).makeOptionMandatory())
    .action(async (words: string[], opts: { source: string }, cmd: Command) => {
      const title = words.join(' ');
      const summary = await runSync(cmd, opts.source, { show: title }, async (db) => {
        await removeUnknownTitle(db, title);
      });
      printSummary(summary);
    });
  return unknown;
}

async function runSync(
  cmd: Command,
  source: string,
  what: { show?: string; since?: string | null },
  after?: (db: Parameters<Parameters<typeof withDatabase>[1]>[0]['db']) => Promise<void>,
): Promise<SyncSummary> {
  const config = configFrom(cmd);
  const bar = createProgressBar();
  try {
    return await withDatabase(config, async (d) => {
      const summary = await syncCatalog(d.db, config, source, {
        ...what,
        onProgress: (done, total, label) => bar.update(done, total, label),
      });
      if (after && summary.added + summary.updated + summary.unchanged > 0) await after(d.db);
      return summary;
    });
  } finally {
    bar.stop();
  }
}

function printSummary(s: SyncSummary): void {
  if (s.resumedFromPage) console.log(`resumed at page ${s.resumedFromPage}`);
  for (const r of s.results.filter((x) => x.status !== 'unchanged'))
    console.log(`${r.status.padEnd(9)} ${r.showId}  ${r.title}${r.fields.length ? `  (${r.fields.join(', ')})` : ''}`);
  for (const f of s.failed) console.log(`failed    ${f.ref}: ${f.reason}`);
  console.log(
    `${s.source}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed.length} failed`,
  );
  if (s.interrupted) {
    process.exitCode = 1;
    console.error(
      `haebang: ${s.interrupted.message} (${s.interrupted.code}); the next sync resumes where this one stopped`,
    );
  } else if (s.failed.length) process.exitCode = 1;
}
