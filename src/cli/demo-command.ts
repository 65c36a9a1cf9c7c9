import { Command } from 'commander';
import { loadDemoItems } from '../demo/load-demo-items.js';
import { createIngestDeps } from '../ingest/ingest-deps.js';
import { removeDemoItems } from '../store/demo-repository.js';
import { configFrom, withDatabase } from './cli-context.js';

export function demoCommand(): Command {
  const demo = new Command('demo').description(
    'the bundled demo items (news, recaps, ratings and behind-the-scenes videos we wrote about starter-catalog shows)',
  );

  demo
    .command('load')
    .description('load the demo items (again): analysed and stored like feed items; ones stored already are skipped')
    .action(async (_opts, cmd: Command) => {
      const config = configFrom(cmd);
      const result = await withDatabase(config, (d) => loadDemoItems(createIngestDeps(d.db, config)));
      console.log(`demo items: ${result.added} added, ${result.skipped} already stored`);
    });

  demo
    .command('remove')
    .description('remove the demo items; start-up will not load them again (`haebang demo load` does)')
    .action(async (_opts, cmd: Command) => {
      const removed = await withDatabase(configFrom(cmd), (d) => removeDemoItems(d.db));
      console.log(`demo items: ${removed} removed`);
    });

  return demo;
}
