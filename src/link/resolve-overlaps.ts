import type { EntityKind, Mention } from '../analyze/analysis-types.js';

const kindRank: Record<EntityKind, number> = { show: 0, person: 1, character: 2, network: 3 };

/**
 * Keeps, of mentions whose spans overlap, the longest one (a title that contains a character's name wins over the
 * name), ties going to the surer kind; returns them in text order.
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || kindRank[a.kind] - kindRank[b.kind] || b.confidence - a.confidence,
  );
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
