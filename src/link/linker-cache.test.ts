import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { buildLinker } from './build-linker.js';
import { FORMAT, readLinkerCache, writeLinkerCache } from './linker-cache.js';

const parsed = validateCatalog(
  JSON.parse(readFileSync(new URL('../catalog/fixtures/small-catalog.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const linker = buildLinker(parsed.catalog);
const article = readFileSync(new URL('../cli/fixtures/analyze-batch/01-cast-news.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'haebang-linker-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stamp = { catalogVersion: '7', codeVersion: 'build-1' };

describe('the linker cache', () => {
  it('gives back a linker that links as the one it was written from', () => {
    const path = join(dir, 'same.v8');
    writeLinkerCache(path, stamp, linker);
    const cached = readLinkerCache(path, stamp);
    expect(cached?.link(article)).toEqual(linker.link(article));
    expect(cached?.link(article).length).toBeGreaterThan(3);
    expect(cached?.view.catalog).toBe(cached?.catalog); // shared objects stay shared
  });

  it('removes the files of other formats beside it, and no other file', () => {
    const here = join(dir, 'formats');
    mkdirSync(here);
    const others = ['haebang-linker.v9', `haebang-linker.v${FORMAT + 1}`];
    const kept = ['haebang-linker-1234.v9', 'haebang-linker.v9.123.tmp', 'haebang-linker.vx', 'catalog.json'];
    for (const name of [...others, ...kept]) writeFileSync(join(here, name), 'old');
    writeLinkerCache(join(here, `haebang-linker.v${FORMAT}`), stamp, linker);
    expect(readdirSync(here).sort()).toEqual([...kept, `haebang-linker.v${FORMAT}`].sort());
  });

  it('reads back the same indexes it wrote', () => {
    const path = join(dir, 'indexes.v8');
    writeLinkerCache(path, stamp, linker);
    const cached = readLinkerCache(path, stamp);
    expect(cached?.names).toEqual(linker.names);
    expect(cached?.titles).toEqual(linker.titles);
    expect(cached?.view).toEqual(linker.view);
  });

  it.each([
    ['the catalog changed', { catalogVersion: '8', codeVersion: 'build-1' }],
    ['the code was built again', { catalogVersion: '7', codeVersion: 'build-2' }],
  ])('is not used when %s', (_what, other) => {
    const path = join(dir, 'stale.v8');
    writeLinkerCache(path, stamp, linker);
    expect(readLinkerCache(path, other)).toBeNull();
  });

  it.each([
    ['missing', null],
    ['unreadable', 'not a v8 serialisation'],
  ])('is not used when the file is %s', (name, content) => {
    const path = join(dir, `${name}.v8`);
    if (content !== null) writeFileSync(path, content);
    expect(readLinkerCache(path, stamp)).toBeNull();
  });

  it.each([0.2, 0.5, 0.99])('is not used when the file was cut short (at %d of its length)', (part) => {
    const path = join(dir, 'cut.v8');
    writeLinkerCache(path, stamp, linker);
    const bytes = readFileSync(path);
    expect(readLinkerCache(path, stamp)).not.toBeNull();
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * part)));
    expect(readLinkerCache(path, stamp)).toBeNull();
  });
});
