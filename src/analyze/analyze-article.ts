import type { Linker } from '../link/build-linker.js';
import { decideSpoilers } from '../spoilers/decide-spoilers.js';
import type { ShowFacts } from '../spoilers/spoiler-types.js';
import type { Analysis, ArticleDoc, Mention } from './analysis-types.js';

export interface AnalyzeOptions {
  /** Today's KST date (YYYY-MM-DD), the safe limit for texts without a publish date. */
  today?: string;
}

export function kstToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Links an article to the catalog and decides its spoiler horizons: the analysis that the CLI, pages and ingest share. */
export function analyzeArticle(doc: ArticleDoc, linker: Linker, options: AnalyzeOptions = {}): Analysis {
  const { view } = linker;
  const mentions = linker.link(doc.text);
  const count = (kind: Mention['kind']) => {
    const counts = new Map<string, number>();
    for (const m of mentions) if (m.kind === kind && m.id) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return counts;
  };
  const shows = [...count('show')].map(([id, n]) => ({ id, title: view.shows.get(id)?.title ?? id, mentions: n }));
  const people = [...count('person')].map(([id, n]) => ({ id, name: view.people.get(id)?.name ?? id, mentions: n }));
  const networks = [...count('network')].map(([id, n]) => ({
    id,
    name: view.networks.get(id)?.name ?? id,
    mentions: n,
  }));
  const characters = [...count('character')].flatMap(([key, n]) => {
    const c = view.characters.get(key);
    return c ? [{ show: c.showId, name: c.name, person: c.personId, mentions: n }] : [];
  });

  const talkedAbout = new Set([...shows.map((s) => s.id), ...characters.map((c) => c.show)]);
  // Two or more cast members whose only common show is one show: the text is about it even when it is not named
  // ("the pair laughing through the scene from episode 8"), which is what keeps such a text from leaking.
  let common: Set<string> | null = null;
  for (const p of people) {
    const shows = new Set(view.showsOfPerson.get(p.id) ?? []);
    if (common) for (const id of common) if (!shows.has(id)) common.delete(id);
    common ??= shows;
  }
  const named = new Set(talkedAbout);
  if (people.length >= 2 && common?.size === 1) talkedAbout.add([...common][0]);
  const facts: ShowFacts[] = [...talkedAbout].flatMap((id) => {
    const show = view.shows.get(id);
    if (!show) return [];
    return [
      {
        id,
        title: show.title,
        episodeCount: show.episodeCount,
        episodes: view.episodes.get(id) ?? [],
        lastAirDate: show.lastAirDate,
        castPersonIds: (show.cast ?? []).map((c) => c.person),
        ...(show.splitBroadcast ? { splitBroadcast: show.splitBroadcast } : {}),
        inferred: !named.has(id),
      },
    ];
  });
  const { kind, spoilers, ratings } = decideSpoilers({
    doc,
    mentions,
    shows: facts,
    today: options.today ?? kstToday(),
  });
  return {
    title: doc.title,
    published: doc.published,
    kind,
    shows,
    people,
    characters,
    networks,
    mentions,
    spoilers,
    ratings,
    structure: doc.blocks.map((b) => ({ ...b, text: doc.text.slice(b.start, b.end) })),
  };
}
