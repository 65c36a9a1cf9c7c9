import type { ArticleDoc } from '../analyze/analysis-types.js';
import { kstToday } from '../analyze/analyze-article.js';
import { type ItemAnalysisRows, readItemsForAnalysis, replaceItemAnalysis } from '../store/items-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import type { StoredAnalysis } from './load-analyzer.js';

export interface ItemChange {
  id: string;
  title: string;
  changes: string[];
}

export interface ReanalyzeSummary {
  items: number;
  changed: ItemChange[];
  /** Items whose analysis was only re-stamped with the current version (nothing a reader sees changed). */
  restamped: number;
}

/** What a reader would notice between two analyses: linked entities, spoiler horizons, the text kind. */
export function describeChanges(before: StoredAnalysis, after: StoredAnalysis): string[] {
  const changes: string[] = [];
  const ids = (a: StoredAnalysis) =>
    new Set([
      ...a.shows.map((s) => `show ${s.id}`),
      ...a.people.map((p) => `person ${p.id}`),
      ...a.characters.map((c) => `character ${c.show}/${c.name}`),
    ]);
  const [b, a] = [ids(before), ids(after)];
  for (const x of a) if (!b.has(x)) changes.push(`+${x}`);
  for (const x of b) if (!a.has(x)) changes.push(`-${x}`);
  const horizon = (s: StoredAnalysis) => new Map(s.spoilers.map((h) => [h.show, h.throughEpisode]));
  const [hb, ha] = [horizon(before), horizon(after)];
  for (const show of new Set([...hb.keys(), ...ha.keys()]))
    if (hb.get(show) !== ha.get(show))
      changes.push(`horizon ${show}: ${hb.get(show) ?? 'none'} -> ${ha.get(show) ?? 'none'}`);
  const rated = (s: StoredAnalysis) => new Map((s.ratings ?? []).map((r) => [r.show, r.episode]));
  const [rb, ra] = [rated(before), rated(after)];
  for (const show of new Set([...rb.keys(), ...ra.keys()]))
    if (rb.get(show) !== ra.get(show))
      changes.push(`ratings ${show}: ${rb.get(show) ?? 'none'} -> ${ra.get(show) ?? 'none'}`);
  if (before.kind !== after.kind) changes.push(`kind: ${before.kind} -> ${after.kind}`);
  return changes;
}

/**
 * Brings stored items up to date with the catalog and the rules: every item whose analysis was made with another
 * catalog or analyser version is analysed again from its stored document; what changed is reported per item.
 */
export async function reanalyzeItems(
  deps: IngestDeps,
  options: { all?: boolean; onProgress?(done: number, label: string): void } = {},
): Promise<ReanalyzeSummary> {
  const analyzer = await deps.analyzer();
  const today = kstToday(deps.now());
  const summary: ReanalyzeSummary = { items: 0, changed: [], restamped: 0 };
  let after = '';
  for (;;) {
    const page = await readItemsForAnalysis(deps.db, after, 200);
    if (!page.length) break;
    for (const row of page) {
      summary.items++;
      if (options.all || row.analyzed_with !== analyzer.version) {
        const rows: ItemAnalysisRows = analyzer.analyze(row.doc as ArticleDoc, today);
        const changes = describeChanges(row.analysis as StoredAnalysis, rows.analysis as StoredAnalysis);
        await replaceItemAnalysis(deps.db, row.id, rows);
        if (changes.length) summary.changed.push({ id: row.id, title: row.title, changes });
        else summary.restamped++;
      }
      options.onProgress?.(summary.items, row.title);
    }
    after = page[page.length - 1].id;
  }
  return summary;
}
