import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Analysis, ArticleDoc } from '../analyze/analysis-types.js';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { readCatalog } from '../store/catalog-repository.js';
import type { DB } from '../store/db-types.js';
import type { ItemAnalysisRows, ItemEntityRow } from '../store/items-repository.js';

/** Bump when the analysis rules change, so `reanalyze` knows stored analyses are out of date. */
export const analyzerVersion = 'a2';

export interface Analyzer {
  linker: Linker;
  /** The analyser version and a fingerprint of the catalog it was built from. */
  version: string;
  analyze(doc: ArticleDoc, today?: string): ItemAnalysisRows;
}

/** The stored form of an analysis: everything but the structure, which the stored document already holds. */
export type StoredAnalysis = Omit<Analysis, 'structure'>;

export function analysisRows(analysis: Analysis, version: string): ItemAnalysisRows {
  const { structure: _structure, ...stored } = analysis;
  const entities = new Map<string, ItemEntityRow>();
  for (const m of analysis.mentions) {
    if (!m.id) continue;
    const key = `${m.kind}\u0000${m.id}`;
    const row = entities.get(key) ?? { kind: m.kind, entityId: m.id, mentions: 0, spellings: [] };
    row.mentions++;
    if (!row.spellings.includes(m.text)) row.spellings.push(m.text);
    entities.set(key, row);
  }
  return {
    kind: analysis.kind,
    analysis: stored,
    analyzedWith: version,
    entities: [...entities.values()],
    horizons: gateHorizons(analysis),
  };
}

/**
 * What the gate holds an item to, per show: its plot horizon, raised to the latest episode whose ratings it reports
 * (the show page hides those ratings from a reader who has not watched that episode, so the item must hide too).
 */
function gateHorizons(analysis: Analysis): ItemAnalysisRows['horizons'] {
  const horizons = new Map(
    analysis.spoilers.map((s) => [
      s.show,
      { showId: s.show, throughEpisode: s.throughEpisode, confidence: s.confidence, evidence: s.evidence },
    ]),
  );
  for (const r of analysis.ratings) {
    const plot = horizons.get(r.show);
    if (plot && plot.throughEpisode >= r.episode) continue;
    const evidence = [...(plot?.evidence ?? []), ...r.evidence];
    horizons.set(r.show, { showId: r.show, throughEpisode: r.episode, confidence: r.confidence, evidence });
  }
  return [...horizons.values()];
}

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
