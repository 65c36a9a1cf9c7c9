import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config/load-config.js';
import { type Database, openDatabase } from '../src/store/open-database.js';
import { formatReaderBench } from './format-reader-bench.js';
import { runIngestBench } from './ingest-bench.js';
import { runLinkerBench } from './linker-scale-bench.js';
import { runLoadBench } from './load-bench.js';
import { runReaderBench } from './reader-bench.js';
import { runSearchBenchSection } from './search-bench-section.js';
import { runStartupBench } from './startup-bench.js';

/**
 * `npm run bench`: each figure next to a baseline measured in the same run. Targets: the linker at >= 1,000
 * articles of 2 KB per second on one core, under 400 MB, index ready in 3 s, with 200,000 people and 40,000 shows
 * (the scale curve at 10,000 / 50,000 / 200,000 people: linker-scale-bench.ts); ingest at >= 1,000 items
 * per second into PGlite and >= 2,000 into PostgreSQL, next to fetch + parse alone; search at p95 <= 50 ms over
 * 1,000,000 items on PostgreSQL (max <= 200 ms) and 100,000 on PGlite; `--version` in <= 0.3 s and `analyze` in
 * <= 1 s; a gated feed page in <= 50 ms at p95 with 100,000 items and 1,000 users, on both databases;
 * under 50 concurrent clients, the feed page in <= 200 ms at p99 with 20,000 items, with no errors.
 *
 * `npm run bench -- --only load,reader` runs some sections (linker, analysis, startup, ingest, reader, search, load); `--seconds N` and
 * `--clients N` set the load test's duration per phase (30) and clients (50); `--cpu-prof DIR` profiles its server.
 */
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    clients: { type: 'string', default: '50' },
    'cpu-prof': { type: 'string' },
  },
});
const all = ['linker', 'analysis', 'startup', 'ingest', 'reader', 'search', 'load'];
const sections = args.only?.split(',') ?? all;
for (const s of sections) if (!all.includes(s)) throw new Error(`bench: no section ${s} (--only)`);
const people = 50_000;
const shows = 10_000;

const f = (x: number) => x.toFixed(1);
if (sections.includes('linker')) runLinkerBench();
if (sections.includes('analysis')) runAnalysisBench();
if (sections.includes('startup')) runStartupBench();

/** One 5 KB article's whole analysis (linking and horizons) next to the linker alone, same articles, same run. */
function runAnalysisBench() {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL('./analysis-bench.ts', import.meta.url).pathname],
    { env: { ...process.env, BENCH_PEOPLE: String(people), BENCH_SHOWS: String(shows) }, encoding: 'utf8' },
  );
  const r = JSON.parse(out.trim().split('\n').pop()!);
  console.log(`Analysis: ${r.articles} articles of ${(r.bytesPerArticle / 1024).toFixed(1)} KB (one core)`);
  console.log(`  linker alone     ${r.linkerMs.toFixed(2).padStart(7)} ms/article  (baseline)`);
  console.log(`  whole analysis   ${r.analysisMs.toFixed(2).padStart(7)} ms/article  (linking + horizons)`);
  console.log(`  target (<= 10 ms per 5 KB article): ${r.analysisMs <= 10 ? 'met' : 'MISSED'}`);
}

// Ingest and reader: on PGlite (on disk, as `npm start` uses it) and on PostgreSQL, a fresh database each.
if (sections.includes('ingest'))
  console.log('\nIngest: 20 loopback feeds x 50 items (2 KB each, full content), starter catalog, every stage');
const targets: Array<{ name: string; open(): Promise<{ database: Database; done(): Promise<void> }> }> = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'haebang-bench-'));
      const database = await openDatabase({ dataDir: dir });
      return { database, done: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const config = loadConfig();
const serverUrl = config.testDatabaseUrl ?? config.databaseUrl;
if (serverUrl)
  targets.push({
    name: 'PostgreSQL',
    open: async () => {
      const name = `haebang_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      return {
        database,
        done: async () => {
          await admin.query(`drop database if exists ${name} with (force)`);
          await admin.end();
        },
      };
    },
  });
else console.log('  PostgreSQL: skipped (set HAEBANG_TEST_DATABASE_URL or DATABASE_URL to measure it)');
for (const target of sections.includes('ingest') ? targets : []) {
  const { database, done } = await target.open();
  try {
    const r = await runIngestBench(database);
    console.log(
      `  ${`haebang into ${target.name}`.padEnd(24)} ${f(r.itemsPerSecond).padStart(8)} items/s  (${r.items} items in ${r.seconds.toFixed(2)} s, ${r.cpuMsPerItem.toFixed(2)} ms CPU each)`,
    );
    console.log(`  ${'fetch + parse only'.padEnd(24)} ${f(r.parseOnlyItemsPerSecond).padStart(8)} items/s  (baseline)`);
    const s = r.stored;
    console.log(
      `  stored: ${s.items} items, ${s.links} links (${s.linkedItems} items linked), ${s.horizons} horizons (${s.heldItems} items held back)`,
    );
    // Issue 14's targets; on 2 shared cores each item's ~3-4 ms of CPU (mostly the analysis) caps it well below.
    const goal = target.name === 'PGlite' ? 1000 : 2000;
    console.log(
      `  target (>= ${goal} items/s into ${target.name}): ${r.itemsPerSecond >= goal ? 'met' : 'MISSED'} (${((100 * r.itemsPerSecond) / r.parseOnlyItemsPerSecond).toFixed(1)} % of fetch + parse alone)`,
    );
  } finally {
    await database.close();
    await done();
  }
}

// Reader: gated feed pages and searches over 100,000 generated items and 1,000 readers.
if (sections.includes('reader'))
  console.log(
    '\nReader: 100,000 items, 1,000 users; 300 feed pages of random users (20 % by show, 25 % second pages), ' +
      '200 searches (names and titles in any spelling, Hangul); each request loads the reader state',
  );
for (const target of sections.includes('reader') ? targets : []) {
  const { database, done } = await target.open();
  try {
    const before = loadavg()[0];
    const r = await runReaderBench(database, config);
    for (const l of formatReaderBench(target.name, r, [before, loadavg()[0]])) console.log(l);
  } finally {
    await database.close();
    await done();
  }
}

if (sections.includes('search')) await runSearchBenchSection(targets, config);

if (sections.includes('load'))
  await runLoadBench({
    clients: Number(args.clients),
    seconds: Number(args.seconds),
    items: 20_000,
    users: 200,
    serverUrl: serverUrl ?? null,
    cpuProfDir: args['cpu-prof'],
  });
