import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../src/catalog/catalog-schema.js';

/**
 * The baseline: `grep -F -o -f` with every name, alias and title of the same catalog over the same articles — an
 * exact-string matcher that knows no romanization, run in the same process tree and on the same machine.
 */
export function grepBaseline(
  catalog: Catalog,
  articles: string[],
): { articlesPerSecond: number; mbPerSecond: number; matches: number } {
  const dir = mkdtempSync(join(tmpdir(), 'haebang-bench-'));
  try {
    const patterns = new Set<string>();
    for (const p of catalog.people) for (const n of [p.name, p.hangul, ...(p.aliases ?? [])]) patterns.add(n);
    for (const s of catalog.shows) for (const n of [s.title, s.hangul, ...(s.aliases ?? [])]) patterns.add(n);
    writeFileSync(join(dir, 'patterns.txt'), [...patterns].join('\n'));
    writeFileSync(join(dir, 'corpus.txt'), articles.join('\n'));
    const t0 = performance.now();
    const out = execFileSync('grep', ['-F', '-o', '-f', join(dir, 'patterns.txt'), join(dir, 'corpus.txt')], {
      maxBuffer: 1 << 30,
      env: { LC_ALL: 'C.UTF-8' },
    });
    const seconds = (performance.now() - t0) / 1000;
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
    const matches = out.toString().split('\n').filter(Boolean).length;
    return { articlesPerSecond: articles.length / seconds, mbPerSecond: bytes / 1e6 / seconds, matches };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
