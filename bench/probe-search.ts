import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { isCatalogName, searchCatalog } from '../src/catalog/search-catalog.js';
import { loadConfig } from '../src/config/load-config.js';
import { createReaderDeps } from '../src/reader/create-reader-deps.js';
import { findVisibleIds } from '../src/reader/find-visible-ids.js';
import { loadReader } from '../src/reader/reader-deps.js';
import { searchEverything } from '../src/reader/search-everything.js';
import { readCatalog } from '../src/store/catalog-repository.js';
import { matchItemText, searchItemIds } from '../src/store/search-repository.js';
import { listUsers } from '../src/store/users-repository.js';
import { toSessionUser } from '../src/users/session-from-token.js';
import { openKeptDatabase } from './keep-search-database.js';
import { planReaderRequests } from './plan-reader-requests.js';
import type { Latency } from './reader-bench.js';
import { runSearchBench } from './search-bench.js';

/**
 * The search bench against a kept database (bench/keep-search-database.ts): `npx tsx bench/probe-search.ts NAME
 * [--slow N] [--dump FILE]` prints the figures, the N slowest searches of each kind with the time of each stage,
 * and with --dump writes every search's results (candidates, items, catalog hits) to compare before and after.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { slow: { type: 'string', default: '8' }, dump: { type: 'string' } },
});
const database = await openKeptDatabase(positionals[0] ?? '');
const { db } = database;
const ms = (x: number) => `${x.toFixed(1).padStart(7)}`;
const line = (label: string, l: Latency) =>
  `  ${label.padEnd(12)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}`;
try {
  const count = async (table: 'items' | 'users') =>
    Number((await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const config = loadConfig();
  const loaded = { items: await count('items'), entities: 0, horizons: 0, users: await count('users'), seconds: 0 };
  // The server's CPU for this database's connections (a local server: /proc), steadier than times on a busy machine.
  const serverCpuMs = async () => {
    const pids = await sql<{
      pid: number;
    }>`select pid from pg_stat_activity where datname = current_database()`.execute(db);
    const of = (pid: number) => {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms
      } catch {
        return 0;
      }
    };
    return new Map(pids.rows.map((r) => [r.pid, of(r.pid)]));
  };
  const before = loadavg()[0];
  const server0 = await serverCpuMs();
  const t0 = process.cpuUsage();
  const r = await runSearchBench(database, config, { items: loaded.items, loaded });
  const cpu = process.cpuUsage(t0);
  let server = 0;
  for (const [pid, ms] of await serverCpuMs()) server += ms - (server0.get(pid) ?? 0);
  console.log(
    `${loaded.items.toLocaleString('en')} items; load ${before.toFixed(1)} -> ${loadavg()[0].toFixed(1)}; CPU: bench ` +
      `process ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, server ${server} ms (20 + 4 x 200 searches)`,
  );
  console.log(line('services', r.search));
  console.log(line('api', r.searchApi));
  console.log(line('full-text', r.bareFullText));
  console.log(line('trigram', r.bareTrigram));
  const plan = planReaderRequests(await readCatalog(db), loaded.users).searches;
  const deps = await createReaderDeps(db, config);
  const users = await listUsers(db);
  const slow = Number(values.slow);
  for (const kind of ['search', 'api', 'fullText', 'trigram'] as const) {
    const order = r.samples[kind]
      .map((t, i) => ({ t, i }))
      .sort((a, b) => b.t - a.t)
      .slice(0, slow);
    console.log(
      `slowest ${kind}: ${order.map(({ t, i }) => `#${i} ${t.toFixed(0)} ms ${JSON.stringify(plan[i].q)}`).join(', ')}`,
    );
  }
  // The services' 200 searches again, for their CPU alone: the server's and this process's, per search.
  const cpu0 = await serverCpuMs();
  const p0 = process.cpuUsage();
  for (const { q, user } of plan) await searchEverything(deps, await loadReader(db, toSessionUser(users[user])), q);
  const p1 = process.cpuUsage(p0);
  let again = 0;
  for (const [pid, ms] of await serverCpuMs()) again += ms - (cpu0.get(pid) ?? 0);
  console.log(
    `services again, CPU per search: server ${(again / plan.length).toFixed(1)} ms, ` +
      `bench process ${((p1.user + p1.system) / 1000 / plan.length).toFixed(1)} ms`,
  );
  // Stages of the slowest service searches, run again (warm now).
  const order = r.samples.search
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t - a.t)
    .slice(0, slow);
  for (const { i } of order) {
    const { q, user } = plan[i];
    const linker = deps.linker();
    const marks: number[] = [performance.now()];
    const reader = await loadReader(db, toSessionUser(users[user]));
    marks.push(performance.now());
    const hits = await searchCatalog(db, q, 20, linker);
    marks.push(performance.now());
    const entities = hits.filter((h) => h.kind !== 'network').map((h) => ({ kind: h.kind, id: h.id }));
    const text = !isCatalogName(q, linker);
    const ids = await searchItemIds(db, entities, q, 200, text);
    marks.push(performance.now());
    await findVisibleIds(deps, reader, ids);
    marks.push(performance.now());
    const stages = ['reader', 'catalog', 'items', 'gate'].map((s, k) => `${s} ${(marks[k + 1] - marks[k]).toFixed(1)}`);
    console.log(`  #${i} ${JSON.stringify(q)} text=${text} entities=${entities.length}: ${stages.join(', ')}`);
  }
  if (values.dump) {
    const out = [];
    for (const { q, user } of plan) {
      const linker = deps.linker();
      const hits = await searchCatalog(db, q, 20, linker);
      const entities = hits.filter((h) => h.kind !== 'network').map((h) => ({ kind: h.kind, id: h.id }));
      const candidates = await searchItemIds(db, entities, q, 200, !isCatalogName(q, linker));
      const result = await searchEverything(deps, await loadReader(db, toSessionUser(users[user])), q);
      const fullText = (await matchItemText(db, q, 30)).map((x) => x.id);
      out.push({ q, user, candidates, fullText, result });
    }
    writeFileSync(values.dump, `${JSON.stringify(out, null, 1)}\n`);
    console.log(`wrote ${values.dump}`);
  }
} finally {
  await database.close();
}
