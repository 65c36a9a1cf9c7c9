import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { parsePlainArticle } from '../src/extract/parse-plain-article.js';
import { buildLinker } from '../src/link/build-linker.js';
import { generateCatalog } from './generate-catalog.js';
import { makeArticles } from './make-articles.js';

/**
 * Child process of `npm run bench`: one article's whole analysis (linking and spoiler horizons: sentences, roles,
 * episode references) against the linker alone, on the same generated 5 KB articles and catalog, on one core.
 * Prints one JSON line with milliseconds per article for both.
 */
const people = Number(process.env.BENCH_PEOPLE ?? 50_000);
const shows = Number(process.env.BENCH_SHOWS ?? 10_000);
const count = Number(process.env.BENCH_ARTICLES ?? 500);
const catalog = generateCatalog({ people, shows, seed: 42 });
const docs = makeArticles(catalog, count, 5120, 7, 3).map((text, i) =>
  parsePlainArticle(text, { published: i % 2 ? null : '2024-05-20' }),
);
const linker = buildLinker(catalog);
const time = (run: (i: number) => void) => {
  for (let i = 0; i < 30; i++) run(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i++) run(i);
  return (performance.now() - t0) / docs.length;
};
let horizons = 0;
const linkerMs = time((i) => linker.link(docs[i].text));
const analysisMs = time((i) => {
  horizons += analyzeArticle(docs[i], linker, { today: '2026-01-01' }).spoilers.length;
});
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / docs.length;
console.log(JSON.stringify({ articles: count, bytesPerArticle: Math.round(bytes), linkerMs, analysisMs, horizons }));
