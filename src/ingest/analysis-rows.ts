import type { Analysis } from '../analyze/analysis-types.js';
import type { ItemAnalysisRows, ItemEntityRow } from '../store/items-repository.js';

/** The stored form of an analysis: everything but the structure, which the stored document already holds. */
export type StoredAnalysis = Omit<Analysis, 'structure'>;

/** An analysis as the rows the store keeps: the analysis, its links (one per entity) and the gate's horizons. */
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
