import { Command, Option } from 'commander';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { isoDate } from '../catalog/catalog-schema.js';
import type { Config } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { extractArticle } from '../extract/extract-article.js';
import { fetchUrl } from '../fetch/fetch-url.js';
import { analyzeBatch, expandSources, isFolder, parseSourceList, type ReadSource } from './analyze-batch.js';
import { configFrom } from './cli-context.js';
import { formatAnalysis } from './format-analysis.js';
import { loadLinker } from './load-linker.js';
import { readInput, readStdinText } from './read-input.js';

interface AnalyzeOptions {
  json?: boolean;
  published?: string;
  stdin?: boolean;
}

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description(
      "tell an article's structure, the shows, people, characters and networks it names, and its spoiler horizons",
    )
    .argument(
      '[sources...]',
      'plain-text or HTML files, folders of them, http(s) URLs, or - for standard input; several (or a folder) give JSON Lines',
    )
    .option('--json', 'print the analysis as one JSON object (documented in the README)')
    .option('--stdin', 'read the list of sources from standard input, one per line, and write JSON Lines')
    .addOption(new Option('--published <date>', 'publish date YYYY-MM-DD (overrides the page metadata)'))
    .action(async (sources: string[], opts: AnalyzeOptions, cmd: Command) => {
      const config = configFrom(cmd);
      if (opts.published !== undefined && !isoDate.safeParse(opts.published).success)
        throw new AppError('input.invalid', `--published: expected a date as YYYY-MM-DD, got "${opts.published}"`);
      if (opts.stdin && sources.includes('-'))
        throw new AppError(
          'input.invalid',
          '--stdin reads the list of sources from standard input: it cannot also read "-"',
        );
      if (!opts.stdin && !sources.length)
        throw new AppError(
          'input.invalid',
          'analyze: name a file, a folder, a URL or - (standard input), or pass --stdin',
        );
      const read = reader(config);
      const batch = opts.stdin || sources.length > 1 || (await isFolder(sources[0]));
      if (!batch) {
        const doc = extractArticle({ ...(await read(sources[0])), published: opts.published ?? null });
        const analysis = analyzeArticle(doc, await loadLinker(config));
        console.log(opts.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));
        return;
      }
      const listed = opts.stdin ? parseSourceList(await readStdinText()) : [];
      const paths = await expandSources([...sources, ...listed]);
      const linker = await loadLinker(config);
      const { failed } = await analyzeBatch(paths, {
        linker,
        read,
        published: opts.published ?? null,
        write: writeLine,
      });
      if (failed) process.exitCode = 1;
    });
}

function reader(config: Config): ReadSource {
  return async (source) =>
    /^https?:\/\//i.test(source)
      ? fetchUrl(source, { allowPrivate: config.allowPrivateFetch }).then((r) => ({
          bytes: r.bytes,
          contentType: r.contentType,
          url: r.url,
        }))
      : readInput(source).then((r) => ({ bytes: r.bytes }));
}

/** One JSON object a line, waiting when standard output is full (a batch of thousands piped to a slow reader). */
function writeLine(line: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(`${JSON.stringify(line)}\n`, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}
