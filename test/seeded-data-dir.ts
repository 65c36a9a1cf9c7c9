import { cpSync } from 'node:fs';
import { inject } from 'vitest';

/**
 * `dir` (new or empty) given what a first haebang command leaves in a new data directory: the embedded database
 * created, migrated and holding the starter catalog, copied from the run's template (test/database-templates.ts).
 * The test's first command then costs what any later one does (a first one spends 4-5 s of CPU creating it). The
 * tests that keep a new directory (test/cli-feeds.test.ts, two commands at once in test/cli-beside-serve.test.ts)
 * check that path.
 */
export function seededDataDir(dir: string): string {
  const template = inject('cliDataDir');
  if (template) cpSync(template, dir, { recursive: true });
  return dir;
}
