import { Command, Option } from 'commander';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { isoDate } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import { extractArticle } from '../extract/extract-article.js';
import { fetchUrl } from '../fetch/fetch-url.js';
import { buildLinker } from '../link/build-linker.js';
import { readCatalog } from '../store/catalog-repository.js';
import { configFrom, withDatabase } from './cli-context.js';
import { formatAnalysis } from './format-analysis.js';
import { readInput } from './read-input.js';

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description(
      "tell an article's structure, the shows, people, characters and networks it names, and its spoiler horizons",
    )
    .argument('<source>', 'a plain-text or HTML file, an http(s) URL, or - for standard input')
    .option('--json', 'print the analysis as one JSON object (documented in the README)')
    .addOption(new Option('--published <date>', 'publish date YYYY-MM-DD (overrides the page metadata)'))
    .action(async (source: string, opts: { json?: boolean; published?: string }, cmd: Command) => {
      const config = configFrom(cmd);
      if (opts.published !== undefined && !isoDate.safeParse(opts.published).success)
        throw new AppError('input.invalid', `--published: expected a date as YYYY-MM-DD, got "${opts.published}"`);
      const input = /^https?:\/\//i.test(source)
        ? await fetchUrl(source, { allowPrivate: config.allowPrivateFetch }).then((r) => ({
            bytes: r.bytes,
            contentType: r.contentType,
            url: r.url,
          }))
        : await readInput(source).then((r) => ({ bytes: r.bytes, contentType: undefined, url: undefined }));
      const doc = extractArticle({ ...input, published: opts.published ?? null });
      const analysis = await withDatabase(config, async (d) =>
        analyzeArticle(doc, buildLinker(await readCatalog(d.db))),
      );
      console.log(opts.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));
    });
}
