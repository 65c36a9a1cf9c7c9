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
  // Which text offsets kept mentions cover: a mention is checked against its own span only, so the whole pass is
  // linear in the mentions' lengths (comparing each with every kept one was quadratic in long texts).
  const covered = new Uint8Array(mentions.reduce((max, m) => Math.max(max, m.end), 0) + 1);
  const kept: Mention[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
