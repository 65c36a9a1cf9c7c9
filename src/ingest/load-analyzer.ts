import type { Kysely } from 'kysely';
import type { ArticleDoc } from '../analyze/analysis-types.js';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { catalogLinker } from '../catalog/catalog-linker.js';
import type { LinkerCacheSite } from '../catalog/linker-cache-site.js';
import type { Linker } from '../link/build-linker.js';
import type { DB } from '../store/db-types.js';
import type { ItemAnalysisRows } from '../store/items-repository.js';
import { getMeta } from '../store/meta-repository.js';
import { analysisRows } from './analysis-rows.js';

/** Bump when the analysis rules change, so `reanalyze` knows stored analyses are out of date. */
export const analyzerVersion = 'a2';

export interface Analyzer {
  linker: Linker;
  /** The analyser version and a fingerprint of the catalog it was built from. */
  version: string;
  /** `meta.catalog_version` when its linker was loaded. */
  catalogVersion: string;
  analyze(doc: ArticleDoc, today?: string): ItemAnalysisRows;
}

export { analysisRows, type StoredAnalysis } from './analysis-rows.js';

const loaded = new WeakMap<Kysely<DB>, { analyzer: Analyzer; catalogVersion: string; fingerprint: string }>();

/**
 * The analyser for the catalog as stored now, its linker from the linker cache when `site` is given (see
 * catalogLinker). Checked against `meta.catalog_version` at each call (one row read); rebuilt only when the catalog
 * changed, and kept as it is when a change left the catalog the same (so are the analysis workers' copies of it).
 */
export async function loadAnalyzer(db: Kysely<DB>, site: LinkerCacheSite | null = null): Promise<Analyzer> {
  const last = loaded.get(db);
  if (last && ((await getMeta(db, 'catalog_version')) ?? '0') === last.catalogVersion) return last.analyzer;
  const { linker, catalogVersion, fingerprint } = await catalogLinker(db, site);
  if (last?.fingerprint === fingerprint) {
    loaded.set(db, { ...last, catalogVersion });
    return last.analyzer;
  }
  const version = `${analyzerVersion}:${fingerprint}`;
  const analyzer: Analyzer = {
    linker,
    version,
    catalogVersion,
    analyze: (doc, today) => analysisRows(analyzeArticle(doc, linker, today ? { today } : {}), version),
  };
  loaded.set(db, { analyzer, catalogVersion, fingerprint });
  return analyzer;
}
