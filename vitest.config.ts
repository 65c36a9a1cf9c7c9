import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The tests that spawn the CLI or a server run the compiled dist/; this builds it once when src/ is newer. The
    // storage tests' databases are copies of one migrated at the start (PGlite's empty database costs seconds).
    globalSetup: ['test/build-dist.mjs', 'test/database-templates.ts'],
  },
});
