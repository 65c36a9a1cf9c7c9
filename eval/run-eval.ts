import { readFileSync } from 'node:fs';
import { kstToday } from '../src/analyze/analyze-article.js';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { buildLinker } from '../src/link/build-linker.js';
import { type LinkRow, loadDevSet, type SpoilerRow } from './load-dev-set.js';
import { precision, recall, scoreLinking } from './score-linking.js';
import { type Counts, findRealText, loadRealText, scoreRealText } from './score-realtext.js';
import { scoreSpoilers } from './score-spoilers.js';

/** `npm run eval`: linking precision/recall per kind and spoiler-horizon accuracy on the labelled sets. */
const verbose = process.argv.includes('--verbose');
const result = validateCatalog(
  JSON.parse(readFileSync(new URL('../data/starter-catalog.json', import.meta.url), 'utf8')),
);
if (!result.ok) throw new Error(`starter catalog invalid:\n${result.problems.join('\n')}`);
const catalog = result.catalog;
const linker = buildLinker(catalog);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function reportLinking(name: string, file: string): void {
  const rows = loadDevSet<LinkRow>(new URL(file, import.meta.url));
  const linking = scoreLinking(rows, linker, catalog);
  console.log(`${name}: ${rows.length} texts`);
  console.log('  kind        precision  recall    (tp/fp/fn)');
  const line = (kind: string, s: { tp: number; fp: number; fn: number }) =>
    console.log(
      `  ${kind.padEnd(10)}  ${pct(precision(s)).padStart(8)}  ${pct(recall(s)).padStart(8)}    (${s.tp}/${s.fp}/${s.fn})`,
    );
  for (const [kind, s] of Object.entries(linking.scores)) line(kind, s);
  const all = Object.values(linking.scores).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  line('all', all);
  if (verbose)
    for (const e of linking.errors)
      console.log(`    ${e.id} ${e.kind}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
}

function reportSpoilers(name: string, file: string): void {
  const rows = loadDevSet<SpoilerRow>(new URL(file, import.meta.url));
  const s = scoreSpoilers(rows, linker, '2026-11-25');
  console.log(`${name}: ${s.rows} texts, ${s.pairs} (text, show) pairs`);
  console.log(`  exact horizon  ${pct(s.exact / s.pairs)}   (target >= 90%)`);
  console.log(`  leak rate      ${pct(s.leaks / s.pairs)}   (${s.leaks}; target 0)`);
  console.log(`  over-hide rate ${pct(s.overHides / s.pairs)}   (${s.overHides})`);
  console.log(`  kind accuracy  ${pct(s.kindCorrect / s.rows)}`);
  if (verbose) {
    for (const e of s.errors)
      console.log(`    ${e.id} ${e.show}: expected ${e.expected} decided ${e.decided} (${e.evidence ?? '-'})`);
    for (const e of s.kindErrors) console.log(`    ${e.id} kind: expected ${e.expected} decided ${e.decided}`);
  }
}

reportLinking('Linking dev set', './link-dev.jsonl');
reportSpoilers('\nSpoiler dev set', './spoiler-dev.jsonl');
console.log('\nHeld-out sets (written after the rules were last changed, and not tuned on):');
reportLinking('Linking held-out set', './link-holdout.jsonl');
reportSpoilers('\nSpoiler held-out set', './spoiler-holdout.jsonl');

function reportRealText(): void {
  const dir = findRealText();
  if (!dir) {
    console.log('\nReal articles: ../shared/realtext/ is absent here, so the real-article scores are not measured.');
    return;
  }
  const { catalog: realCatalog, articles } = loadRealText(dir);
  const r = scoreRealText(realCatalog, articles, kstToday());
  console.log(`\nReal articles (${dir}): ${r.articles} texts, scored with their own catalog`);
  const f1 = (c: Counts) => {
    const p = precision(c);
    const q = recall(c);
    return p + q ? (2 * p * q) / (p + q) : 0;
  };
  const groups = [...r.people.keys()].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  console.log('  linking      people P / R / F1          shows P / R / F1');
  for (const g of groups) {
    const p = r.people.get(g) ?? { tp: 0, fp: 0, fn: 0 };
    const s = r.shows.get(g) ?? { tp: 0, fp: 0, fn: 0 };
    const cell = (c: Counts) => `${pct(precision(c))} / ${pct(recall(c))} / ${pct(f1(c))}`.padEnd(27);
    console.log(`  ${g.padEnd(13)}${cell(p)}${cell(s)}`);
  }
  console.log(`  ambiguous mentions (reported with candidates, not linked): ${r.ambiguous}`);
  console.log('  spoilers     pairs  exact    with a horizon  leaks  over-hides  safe shown          unsafe leaked');
  for (const g of groups) {
    const s = r.spoilers.get(g);
    if (!s) continue;
    const ratio = (a: number, b: number) => `${a}/${b} (${pct(b ? a / b : 0)})`.padEnd(20);
    console.log(
      `  ${g.padEnd(13)}${String(s.pairs).padEnd(7)}${pct(s.pairs ? s.exact / s.pairs : 1).padEnd(9)}${`${s.horizonExact}/${s.horizonPairs} ${pct(s.horizonPairs ? s.horizonExact / s.horizonPairs : 1)}`.padEnd(16)}${String(s.leaks).padEnd(7)}${String(s.overHides).padEnd(12)}${ratio(s.safeShown, s.safeCases)}${ratio(s.unsafeLeaked, s.unsafeCases)}`,
    );
  }
  console.log(
    '  (pairs: every show the gold names in an article; "with a horizon": pairs where the gold or the output has one)',
  );
  console.log(`  horizons decided for shows the gold does not name (not in the pairs): ${r.offGold}`);
  console.log('  targets: people and shows F1 >= 97% with P >= 99%; spoilers 0 leaks, >= 90% exact, >= 97% safe shown');
  if (verbose) {
    for (const m of r.linkMisses) console.log(`    ${m.id} ${m.what}`);
    for (const m of r.spoilerMisses) console.log(`    ${m.id} ${m.what}`);
  }
}

reportRealText();
