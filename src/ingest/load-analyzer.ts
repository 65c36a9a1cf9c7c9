import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ArticleDoc } from '../analyze/analysis-types.js';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import type { ItemAnalysisRows } from '../store/items-repository.js';
import { analysisRows } from './analysis-rows.js';

/** Bump when the analysis rules change, so `reanalyze` knows stored analyses are out of date. */
export const analyzerVersion = 'a2';

export interface Analyzer {
  linker: Linker;
  /** The analyser version and a fingerprint of the catalog it was built from. */
  version: string;
  analyze(doc: ArticleDoc, today?: string): ItemAnalysisRows;
}

export { analysisRows, type StoredAnalysis } from './analysis-rows.js';

let cached: { fingerprint: string; analyzer: Analyzer } | null = null;

/** The analyser for the catalog as stored now; rebuilt only when the catalog has changed. */
export async function loadAnalyzer(db: Kysely<DB>): Promise<Analyzer> {
  const catalog = await readCatalog(db);
  const fingerprint = createHash('sha256').update(JSON.stringify(catalog)).digest('hex').slice(0, 16);
  if (cached?.fingerprint === fingerprint) return cached.analyzer;
  const linker = buildLinker(catalog);
  const version = `${analyzerVersion}:${fingerprint}`;
  const analyzer: Analyzer = {
    linker,
    version,
    analyze: (doc, today) => analysisRows(analyzeArticle(doc, linker, today ? { today } : {}), version),
  };
  cached = { fingerprint, analyzer };
  return analyzer;
}
