import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { parsePlainArticle } from '../src/extract/parse-plain-article.js';
import type { Linker } from '../src/link/build-linker.js';
import type { SpoilerRow } from './load-dev-set.js';

export interface SpoilerReport {
  pairs: number;
  exact: number;
  leaks: number;
  overHides: number;
  kindCorrect: number;
  rows: number;
  errors: Array<{ id: string; show: string; expected: number | null; decided: number | null; evidence?: string }>;
  kindErrors: Array<{ id: string; expected: string; decided: string }>;
}

/**
 * Scores every (text, show) pair of the spoiler dev set: exact when the decided horizon equals the labelled one, a
 * leak when it is lower (or missing while the text reveals plot), an over-hide when it is higher.
 */
export function scoreSpoilers(rows: SpoilerRow[], linker: Linker, today: string): SpoilerReport {
  const report: SpoilerReport = {
    pairs: 0,
    exact: 0,
    leaks: 0,
    overHides: 0,
    kindCorrect: 0,
    rows: rows.length,
    errors: [],
    kindErrors: [],
  };
  for (const row of rows) {
    const doc = parsePlainArticle(row.text, { published: row.published });
    const analysis = analyzeArticle(doc, linker, { today });
    if (analysis.kind === row.expect.kind) report.kindCorrect++;
    else report.kindErrors.push({ id: row.id, expected: row.expect.kind, decided: analysis.kind });
    for (const [show, expected] of Object.entries(row.expect.horizons)) {
      const decision = analysis.spoilers.find((s) => s.show === show);
      const decided = decision?.throughEpisode ?? null;
      report.pairs++;
      const lo = expected ?? 0;
      const got = decided ?? 0;
      if (got === lo) report.exact++;
      else {
        if (got < lo) report.leaks++;
        else report.overHides++;
        report.errors.push({ id: row.id, show, expected, decided, evidence: decision?.evidence[0]?.rule });
      }
    }
  }
  return report;
}
