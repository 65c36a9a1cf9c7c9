import { readFileSync } from 'node:fs';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { buildLinker } from '../src/link/build-linker.js';
import { type LinkRow, loadDevSet, type SpoilerRow } from './load-dev-set.js';
import { precision, recall, scoreLinking } from './score-linking.js';
import { scoreSpoilers } from './score-spoilers.js';

/** `npm run eval`: linking precision/recall per kind and spoiler-horizon accuracy on the labelled dev sets. */
const verbose = process.argv.includes('--verbose');
const result = validateCatalog(
  JSON.parse(readFileSync(new URL('../data/starter-catalog.json', import.meta.url), 'utf8')),
);
if (!result.ok) throw new Error(`starter catalog invalid:\n${result.problems.join('\n')}`);
const catalog = result.catalog;
const linker = buildLinker(catalog);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const linkRows = loadDevSet<LinkRow>(new URL('./link-dev.jsonl', import.meta.url));
const linking = scoreLinking(linkRows, linker, catalog);
console.log(`Linking dev set: ${linkRows.length} texts`);
console.log('  kind        precision  recall    (tp/fp/fn)');
for (const [kind, s] of Object.entries(linking.scores))
  console.log(
    `  ${kind.padEnd(10)}  ${pct(precision(s)).padStart(8)}  ${pct(recall(s)).padStart(8)}    (${s.tp}/${s.fp}/${s.fn})`,
  );
const all = Object.values(linking.scores).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
  tp: 0,
  fp: 0,
  fn: 0,
});
console.log(
  `  ${'all'.padEnd(10)}  ${pct(precision(all)).padStart(8)}  ${pct(recall(all)).padStart(8)}    (${all.tp}/${all.fp}/${all.fn})`,
);
if (verbose)
  for (const e of linking.errors)
    console.log(`    ${e.id} ${e.kind}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);

const spoilerRows = loadDevSet<SpoilerRow>(new URL('./spoiler-dev.jsonl', import.meta.url));
const spoilers = scoreSpoilers(spoilerRows, linker, '2026-11-25');
console.log(`\nSpoiler dev set: ${spoilers.rows} texts, ${spoilers.pairs} (text, show) pairs`);
console.log(`  exact horizon  ${pct(spoilers.exact / spoilers.pairs)}   (target >= 90%)`);
console.log(`  leak rate      ${pct(spoilers.leaks / spoilers.pairs)}   (${spoilers.leaks}; target 0)`);
console.log(`  over-hide rate ${pct(spoilers.overHides / spoilers.pairs)}   (${spoilers.overHides})`);
console.log(`  kind accuracy  ${pct(spoilers.kindCorrect / spoilers.rows)}`);
if (verbose) {
  for (const e of spoilers.errors)
    console.log(`    ${e.id} ${e.show}: expected ${e.expected} decided ${e.decided} (${e.evidence ?? '-'})`);
  for (const e of spoilers.kindErrors) console.log(`    ${e.id} kind: expected ${e.expected} decided ${e.decided}`);
}
