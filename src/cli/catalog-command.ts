import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { catalogJsonSchema } from '../catalog/catalog-json-schema.js';
import { importCatalog } from '../catalog/import-catalog.js';
import { searchCatalog } from '../catalog/search-catalog.js';
import { AppError } from '../errors/app-error.js';
import { readCatalog, readCatalogFacts } from '../store/catalog-repository.js';
import { configFrom, withDatabase } from './cli-context.js';
import { formatPerson, formatShow } from './format-catalog.js';
import { readInput } from './read-input.js';
import { syncCommand, unknownCommand } from './sync-command.js';

export function catalogCommand(): Command {
  const catalog = new Command('catalog').description('the catalog of shows, networks, people, cast and characters');

  catalog
    .command('import')
    .description(
      'validate a catalog JSON file (or - for stdin) and add or update its entries; nothing is imported if any entry is invalid',
    )
    .argument('<file>', 'catalog JSON file, or - for standard input')
    .action(async (file: string, _opts, cmd: Command) => {
      const { bytes, origin } = await readInput(file);
      const report = await withDatabase(configFrom(cmd), (d) =>
        importCatalog(d.db, { text: new TextDecoder().decode(bytes), origin }),
      );
      for (const [kind, c] of Object.entries(report))
        console.log(`${kind.padEnd(9)} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`);
    });

  catalog
    .command('export')
    .description('write the whole catalog in the import format')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { output?: string }, cmd: Command) => {
      await writeJson(await withDatabase(configFrom(cmd), (d) => readCatalog(d.db)), opts.output);
    });

  catalog
    .command('schema')
    .description('print the JSON Schema that catalog files are validated against')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { output?: string }) => writeJson(catalogJsonSchema(), opts.output));

  catalog
    .command('show')
    .description('show one show or person by id')
    .argument('<id>', 'a show or person id, e.g. my-liberation-notes or son-suk-ku')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const { catalog: data, provenance } = await withDatabase(configFrom(cmd), (d) => readCatalogFacts(d.db));
      const show = data.shows.find((s) => s.id === id);
      const person = data.people.find((p) => p.id === id);
      if (!show && !person) throw new AppError('catalog.not-found', `no show or person with id "${id}"`);
      const sources = (show ? provenance.shows : provenance.people).get(id) ?? {};
      if (opts.json) console.log(JSON.stringify({ ...(show ?? person), sources }, null, 2));
      else console.log(show ? formatShow(show, data, sources) : formatPerson(person!, data, sources));
    });

  catalog
    .command('search')
    .description('find shows, people and characters by any spelling or Hangul')
    .argument('<text...>', 'what to look for, e.g. "Son Seok Koo" or 나의 해방일지')
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { json?: boolean }, cmd: Command) => {
      const hits = await withDatabase(configFrom(cmd), (d) => searchCatalog(d.db, words.join(' ')));
      if (opts.json) console.log(JSON.stringify(hits, null, 2));
      else if (!hits.length) console.log('no match');
      else
        for (const h of hits)
          console.log(`${h.kind.padEnd(9)} ${h.id.padEnd(32)} ${h.name} (${h.hangul ?? ''})  [${h.match}]`);
    });
  catalog.addCommand(syncCommand());
  catalog.addCommand(unknownCommand());
  return catalog;
}

/** Pretty JSON to a file, or to standard output when no file is named. */
async function writeJson(value: unknown, output?: string): Promise<void> {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (output) await writeFile(output, json);
  else process.stdout.write(json);
}
