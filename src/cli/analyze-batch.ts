import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../analyze/analysis-types.js';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { AppError } from '../errors/app-error.js';
import { type ExtractInput, extractArticle } from '../extract/extract-article.js';
import type { Linker } from '../link/build-linker.js';

/** One line of `haebang analyze`'s JSON Lines output: an input's analysis, or why it has none. */
export type BatchLine =
  | { path: string; analysis: Analysis }
  | { path: string; error: { code: string; message: string; details?: string[] } };

export type ReadSource = (source: string) => Promise<Omit<ExtractInput, 'published'>>;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

export async function isFolder(source: string): Promise<boolean> {
  if (source === '-' || isUrl(source)) return false;
  return stat(source).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * The inputs a batch names: files and URLs as given, a folder as the files directly in it (by name, hidden ones
 * left out). A path that cannot be read stays, so that its line says why.
 */
export async function expandSources(sources: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const source of sources) {
    if (!(await isFolder(source))) {
      out.push(source);
      continue;
    }
    const entries = await readdir(source, { withFileTypes: true });
    for (const e of entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : 1)))
      out.push(join(source, e.name));
  }
  return out;
}

/** The list of sources on standard input: one per line, blank lines skipped. */
export function parseSourceList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Analyses every input with one linker, one after another, and hands each line to `write` as soon as it is done; an
 * input that fails gives an error line with a stable code and the batch goes on. Returns how many failed.
 */
export async function analyzeBatch(
  sources: string[],
  options: {
    linker: Linker;
    read: ReadSource;
    published?: string | null;
    write(line: BatchLine): Promise<void> | void;
  },
): Promise<{ analysed: number; failed: number }> {
  let failed = 0;
  for (const path of sources) {
    let line: BatchLine;
    try {
      const input = await options.read(path);
      const doc = extractArticle({ ...input, published: options.published ?? null });
      line = { path, analysis: analyzeArticle(doc, options.linker) };
    } catch (error) {
      failed++;
      line = { path, error: errorOf(error) };
    }
    await options.write(line);
  }
  return { analysed: sources.length - failed, failed };
}

function errorOf(error: unknown): { code: string; message: string; details?: string[] } {
  if (error instanceof AppError)
    return { code: error.code, message: error.message, ...(error.details?.length ? { details: error.details } : {}) };
  return { code: 'analysis.failed', message: `unexpected error: ${(error as Error)?.message ?? String(error)}` };
}
