import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { buildLinker } from '../link/build-linker.js';
import { analyzeBatch, type BatchLine, expandSources, parseSourceList } from './analyze-batch.js';
import { readInput } from './read-input.js';

const fixtures = new URL('./fixtures/analyze-batch/', import.meta.url).pathname;
const parsed = validateCatalog(
  JSON.parse(readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const linker = buildLinker(parsed.catalog);
const read = async (path: string) => ({ bytes: (await readInput(path)).bytes });

/** What the golden file keeps of a line: the input, what it names, or its error's code. */
function summary(line: BatchLine) {
  const path = line.path.replace(fixtures, '');
  if ('error' in line) return { path, error: line.error.code };
  const a = line.analysis;
  return {
    path,
    title: a.title,
    shows: a.shows.map((s) => s.id),
    people: a.people.map((p) => p.id),
    networks: a.networks.map((n) => n.id),
  };
}

async function run(sources: string[]) {
  const lines: BatchLine[] = [];
  const result = await analyzeBatch(await expandSources(sources), { linker, read, write: (l) => void lines.push(l) });
  return { lines, result };
}

const scratch = mkdtempSync(join(tmpdir(), 'haebang-batch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('analyze in a batch', () => {
  it('gives one line per file of a folder, in name order, errors included (golden)', async () => {
    const { lines, result } = await run([fixtures]);
    const golden = readFileSync(new URL('./fixtures/analyze-batch.expected.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map(summary)).toEqual(golden);
    expect(result).toEqual({ analysed: 2, failed: 2 });
  });

  it.each([
    ['a missing file', ['nowhere.txt'], 'input.invalid'],
    ['an empty file', ['03-empty.txt'], 'input.empty'],
    ['a binary file', ['04-image.bin'], 'input.binary'],
  ])('reports %s with a stable code and goes on with the next input', async (_what, names, code) => {
    const { lines, result } = await run([...names.map((n) => join(fixtures, n)), join(fixtures, '01-cast-news.txt')]);
    expect(lines.map((l) => ('error' in l ? l.error.code : 'ok'))).toEqual([code, 'ok']);
    expect(result.failed).toBe(1);
  });

  it('takes the files directly in a folder, leaving out hidden files and subfolders', async () => {
    mkdirSync(join(scratch, 'sub'));
    for (const name of ['b.txt', 'a.html', '.hidden.txt', 'sub/c.txt']) writeFileSync(join(scratch, name), 'x');
    expect(await expandSources([scratch, 'z.txt'])).toEqual([join(scratch, 'a.html'), join(scratch, 'b.txt'), 'z.txt']);
  });

  it.each([
    ['one path a line', 'a.txt\nb.txt\n', ['a.txt', 'b.txt']],
    ['blank lines and spaces left out, Windows line ends', '  a.txt \r\n\r\n b.html\r\n', ['a.txt', 'b.html']],
    ['nothing', '', []],
  ])('reads the list on standard input: %s', (_what, text, paths) => {
    expect(parseSourceList(text)).toEqual(paths);
  });
});
