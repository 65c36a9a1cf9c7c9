import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/analyze/analysis-types.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { Catalog } from '../src/catalog/catalog-schema.js';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { parsePlainArticle } from '../src/extract/parse-plain-article.js';
import { buildLinker } from '../src/link/build-linker.js';

/** One labelled real article of `../shared/realtext/gold.jsonl` (only the fields the scorer reads). */
export interface RealGold {
  id: string;
  kind: string;
  published: string | null;
  shows: string[];
  showIds: string[];
  peopleIds: string[];
  spoilers: Array<{ show: string; throughEpisode: number }>;
}

export interface RealArticle {
  gold: RealGold;
  text: string;
  lang: 'en' | 'ko';
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SpoilerCounts {
  /** Every (article, gold show) pair: a show the analyser drops or never links is still a pair (decided 0). */
  pairs: number;
  exact: number;
  /** The pairs with a horizon in the gold or the output (the figure reported before every gold pair counted). */
  horizonPairs: number;
  horizonExact: number;
  leaks: number;
  overHides: number;
  safeCases: number;
  safeShown: number;
  unsafeCases: number;
  unsafeLeaked: number;
}

export interface RealMiss {
  id: string;
  what: string;
}

export interface RealReport {
  articles: number;
  /** Per group ("all", "en", "ko", "kind:ratings", …). */
  people: Map<string, Counts>;
  shows: Map<string, Counts>;
  spoilers: Map<string, SpoilerCounts>;
  /** Mentions left ambiguous (reported with candidates, no id). */
  ambiguous: number;
  /** Horizons decided for shows the gold does not name (outside the pairs, which follow the gold's shows). */
  offGold: number;
  linkMisses: RealMiss[];
  spoilerMisses: RealMiss[];
}

/** The real-article folder beside the project (`../shared/realtext`), or null when it is absent. */
export function findRealText(dir = new URL('../../shared/realtext/', import.meta.url).pathname): string | null {
  return existsSync(join(dir, 'gold.jsonl')) ? dir : null;
}

export function loadRealText(dir: string): { catalog: Catalog; articles: RealArticle[] } {
  const parsed = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`${dir}catalog.json invalid:\n${parsed.problems.join('\n')}`);
  const articles = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const gold = JSON.parse(line) as RealGold;
      const text = readFileSync(join(dir, 'articles', `${gold.id}.txt`), 'utf8');
      const hangul = (text.match(/[가-힣]/g) ?? []).length;
      const latin = (text.match(/[A-Za-z]/g) ?? []).length;
      return { gold, text, lang: hangul > latin / 2 ? 'ko' : 'en' } as RealArticle;
    });
  return { catalog: parsed.catalog, articles };
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const emptySpoilers = (): SpoilerCounts => ({
  pairs: 0,
  exact: 0,
  horizonPairs: 0,
  horizonExact: 0,
  leaks: 0,
  overHides: 0,
  safeCases: 0,
  safeShown: 0,
  unsafeCases: 0,
  unsafeLeaked: 0,
});

function bump<T>(map: Map<string, T>, groups: string[], make: () => T, add: (t: T) => void): void {
  for (const g of groups) {
    const t = map.get(g) ?? make();
    map.set(g, t);
    add(t);
  }
}

function compareSets(expected: string[], got: string[]): { tp: number; missed: string[]; extra: string[] } {
  const e = new Set(expected);
  const g = new Set(got);
  return {
    tp: [...g].filter((x) => e.has(x)).length,
    missed: [...e].filter((x) => !g.has(x)),
    extra: [...g].filter((x) => !e.has(x)),
  };
}

/**
 * Scores the analyser on the real articles: people and shows by id, and for every (article, show) pair of the gold
 * the horizon (exact, leak, over-hide; horizons for shows the gold does not name are counted apart), plus the reader view over every progress below the show's
 * episode count. `today` stands for the day the texts are read when they carry no publish date.
 */
export function scoreRealText(catalog: Catalog, articles: RealArticle[], today: string): RealReport {
  const linker = buildLinker(catalog);
  const episodeCounts = new Map(catalog.shows.map((s) => [s.id, s.episodeCount ?? 0]));
  const report: RealReport = {
    articles: articles.length,
    people: new Map(),
    shows: new Map(),
    spoilers: new Map(),
    ambiguous: 0,
    offGold: 0,
    linkMisses: [],
    spoilerMisses: [],
  };
  for (const { gold, text, lang } of articles) {
    const groups = ['all', lang, `kind:${gold.kind}`];
    const analysis: Analysis = analyzeArticle(parsePlainArticle(text, { published: gold.published }), linker, {
      today,
    });
    report.ambiguous += analysis.mentions.filter((m) => !m.id && m.candidates).length;
    for (const [kind, expected, got, map] of [
      ['people', gold.peopleIds, analysis.people.map((p) => p.id), report.people],
      ['shows', gold.showIds, analysis.shows.map((s) => s.id), report.shows],
    ] as const) {
      const c = compareSets(expected, got);
      bump(map, groups, emptyCounts, (t) => {
        t.tp += c.tp;
        t.fp += c.extra.length;
        t.fn += c.missed.length;
      });
      if (c.missed.length || c.extra.length)
        report.linkMisses.push({
          id: gold.id,
          what: `${kind}: missed [${c.missed.join(', ')}] extra [${c.extra.join(', ')}]`,
        });
    }
    const goldHorizon = new Map<string, number>();
    for (const s of gold.spoilers) {
      const id = gold.showIds[gold.shows.indexOf(s.show)];
      if (id) goldHorizon.set(id, Math.max(goldHorizon.get(id) ?? 0, s.throughEpisode));
    }
    const decided = new Map(analysis.spoilers.map((s) => [s.show, s]));
    for (const [show, d] of decided)
      if (!gold.showIds.includes(show) && d.throughEpisode) {
        report.offGold++;
        report.spoilerMisses.push({ id: gold.id, what: `off-gold horizon ${show}: ${d.throughEpisode}` });
      }
    // Every show the gold names is a pair, whatever the analyser made of it (a pair it drops is decided 0), so the
    // count never depends on the output.
    for (const show of new Set(gold.showIds)) {
      const want = goldHorizon.get(show) ?? 0;
      const got = decided.get(show)?.throughEpisode ?? 0;
      bump(report.spoilers, groups, emptySpoilers, (t) => {
        t.pairs++;
        if (want || got) t.horizonPairs++;
        if (got === want) {
          t.exact++;
          if (want) t.horizonExact++;
        } else if (got < want) t.leaks++;
        else t.overHides++;
      });
      if (got !== want) {
        const ev = decided.get(show)?.evidence[0];
        report.spoilerMisses.push({
          id: gold.id,
          what: `${got < want ? 'LEAK' : 'over-hide'} ${show}: gold ${want} decided ${got}${ev ? ` (${ev.rule}: "${ev.text}")` : ''}`,
        });
      }
    }
    for (const show of gold.showIds) {
      const want = goldHorizon.get(show) ?? 0;
      const got = decided.get(show)?.throughEpisode ?? 0;
      const count = episodeCounts.get(show) ?? 0;
      for (let p = 0; p < count; p++) {
        bump(report.spoilers, groups, emptySpoilers, (t) => {
          if (want > p) {
            t.unsafeCases++;
            if (got <= p) t.unsafeLeaked++;
          } else {
            t.safeCases++;
            if (got <= p) t.safeShown++;
          }
        });
      }
    }
  }
  return report;
}
