import { pathToFileURL } from 'node:url';
import { buildTitleIndex } from '../src/titles/build-title-index.js';
import { findNetworks } from '../src/titles/find-networks.js';
import { findTitles } from '../src/titles/find-titles.js';
import { generateNetworks, generateTitleEntries, makeTitleTexts } from './generate-titles.js';

export interface TitlesBenchResult {
  shows: number;
  keys: number;
  articles: number;
  buildMs: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  titles: number;
  networks: number;
}

/**
 * The title and network matcher alone: an index of 10,000 generated shows, then `findNetworks` and `findTitles`
 * (given the network mentions as support, as the linker does) over generated 2 KB texts, on one core.
 */
export function benchTitles(options: { shows?: number; articles?: number; bytes?: number } = {}): TitlesBenchResult {
  const count = options.shows ?? 10_000;
  const articles = options.articles ?? 2_000;
  const networks = generateNetworks();
  const shows = generateTitleEntries(count);
  const texts = makeTitleTexts(shows, networks, articles, options.bytes ?? 2048);
  const showsOfNetwork = new Map<string, string[]>();
  for (const s of shows) {
    const list = showsOfNetwork.get(s.networkId);
    if (list) list.push(s.showId);
    else showsOfNetwork.set(s.networkId, [s.showId]);
  }

  const t0 = performance.now();
  const index = buildTitleIndex(shows, networks);
  const buildMs = performance.now() - t0;
  const run = (text: string) => {
    const nets = findNetworks(text, index);
    const support = nets.map((n) => ({ start: n.start, end: n.end, showIds: showsOfNetwork.get(n.networkId) ?? [] }));
    return [findTitles(text, index, support).length, nets.length];
  };
  for (const text of texts.slice(0, 100)) run(text); // warm-up
  let titles = 0;
  let nets = 0;
  const t1 = performance.now();
  for (const text of texts) {
    const [t, n] = run(text);
    titles += t;
    nets += n;
  }
  const seconds = (performance.now() - t1) / 1000;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return {
    shows: count,
    keys: index.table.formStart.length - 1,
    articles,
    buildMs: Math.round(buildMs),
    articlesPerSecond: Math.round(articles / seconds),
    mbPerSecond: Math.round((bytes / 1e6 / seconds) * 10) / 10,
    titles,
    networks: nets,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(JSON.stringify(benchTitles()));
