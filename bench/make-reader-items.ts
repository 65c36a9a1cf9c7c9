import type { Catalog, Show } from '../src/catalog/catalog-schema.js';
import { analyzerVersion } from '../src/ingest/load-analyzer.js';
import { titleKeyOf } from '../src/ingest/prepare-item.js';
import { characterKey } from '../src/link/catalog-view.js';
import { random } from './make-articles.js';

/** One generated item as the bulk loader inserts it (the long filler text is appended in SQL). */
export interface ReaderItemRow {
  id: string;
  feed_id: number;
  guid: string;
  url: string;
  title: string;
  title_key: string;
  published_at: string;
  published_date: string;
  source_name: string;
  media_type: 'article' | 'video';
  video_id: string | null;
  image_url: string | null;
  summary: string;
  kind: string;
  doc: unknown;
  analysis: unknown;
  analyzed_with: string;
}
export interface ReaderEntityRow {
  item_id: string;
  kind: 'show' | 'person' | 'character' | 'network';
  entity_id: string;
  mentions: number;
  spellings: string[];
  /** The item's, as the store's trigger would copy it (the bulk load runs without triggers). */
  published_at: string;
}
export interface ReaderHorizonRow {
  item_id: string;
  show_id: string;
  through_episode: number;
  confidence: number;
  evidence: unknown;
}
export interface ReaderBatch {
  items: ReaderItemRow[];
  entities: ReaderEntityRow[];
  horizons: ReaderHorizonRow[];
}

/** Three paragraphs every item ends with (appended in SQL, so they cost nothing to send). */
export const fillerParagraphs = [
  'The drama drew attention from viewers at home and abroad after its latest broadcast, and clips of the scene spread quickly on social media through the night.',
  'According to the production company, filming wrapped last month in Seoul and on Jeju Island, and the cast gathered for a final script reading before the last shoot.',
  'Nationwide ratings reached a new high for the series according to Nielsen Korea, and fans are waiting to see how the story will unfold in the weeks to come.',
];

const sources = ['Soompi', 'Korea JoongAng Daily', 'The Korea Herald', 'Yonhap', 'Sports Seoul', 'YouTube'];
const kinds = ['news', 'news', 'news', 'ratings', 'bts', 'review', 'preview', 'other'];
const endMs = Date.UTC(2026, 10, 1);
const spanMs = 3 * 365 * 86_400_000;

/** Spellings the press uses for "Family Given-name": "Kim Ji Won", "Kim Jiwon", "Jiwon Kim", or Hangul. */
function personSpellings(name: string, hangul: string, rnd: () => number): string[] {
  const [family, ...rest] = name.split(' ');
  const given = rest.join(' ');
  const forms = [name, `${family} ${given.replace(/-/g, ' ')}`, `${family} ${given.replace(/-/g, '')}`, hangul];
  forms.push(`${given.replace(/-/g, '')} ${family}`);
  const first = forms[Math.floor(rnd() * forms.length)];
  return rnd() < 0.3 ? [...new Set([first, name])] : [first];
}

/**
 * Generated items about the catalog's shows over three years (deterministic): a popularity skew over the shows, 1–3
 * shows and 0–4 people per item with the spellings used, 0–2 spoiler horizons, some videos and Korean titles.
 */
export function* makeReaderItems(
  catalog: Catalog,
  feedIds: number[],
  count: number,
  batchSize = 2000,
  seed = 11,
): Generator<ReaderBatch> {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const people = new Map(catalog.people.map((p) => [p.id, p]));
  // Popularity: show k gets weight 1/(k+1) (a few shows get most of the news).
  const weights = catalog.shows.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const popular = (): Show => {
    let r = rnd() * total;
    for (let k = 0; k < weights.length; k++) {
      r -= weights[k];
      if (r <= 0) return catalog.shows[k];
    }
    return catalog.shows[0];
  };
  let batch: ReaderBatch = { items: [], entities: [], horizons: [] };
  for (let n = 0; n < count; n++) {
    const id = hex(24);
    const shows = [popular()];
    for (let extra = int(3); extra > 0; extra--) {
      const s = pick(catalog.shows);
      if (!shows.includes(s)) shows.push(s);
    }
    const main = shows[0];
    const cast = main.cast ?? [];
    const persons = new Set<string>();
    for (let k = int(5); k > 0; k--)
      persons.add(rnd() < 0.8 && cast.length ? pick(cast).person : pick(catalog.people).id);
    const showSpellings = (s: Show) => [pick([s.title, s.title, s.hangul, ...(s.aliases ?? [])])];
    const personRows = [...persons].map((pid) => {
      const p = people.get(pid)!;
      return { id: pid, name: p.name, spellings: personSpellings(p.name, p.hangul, rnd) };
    });
    const horizonCount = rnd() < 0.4 ? 0 : rnd() < 0.75 || shows.length === 1 ? 1 : 2;
    const horizons = shows.slice(0, horizonCount).map((s) => ({ show: s.id, through: int(s.episodeCount + 1) }));
    const episode = horizons[0]?.through ?? 0;
    const kind = horizons.length
      ? episode === 0
        ? 'preair'
        : episode === main.episodeCount
          ? 'finale'
          : 'recap'
      : pick(kinds);
    const korean = rnd() < 0.15;
    const who = personRows[0]?.spellings[0] ?? (korean ? '배우들' : 'The cast');
    const showName = showSpellings(main)[0];
    const title = korean
      ? `${who}, '${main.hangul}' ${episode || 1}회 화제의 장면 (${n})`
      : `${who} ${pick(['shines in', 'talks about', 'surprises fans in', 'films a new scene for'])} episode ${episode || 1} of ${showName} (${n})`;
    const summary = `In episode ${episode || 1} of ${showName}, ${who} shared the scene everyone talked about. ${pick(fillerParagraphs)}`;
    const publishedMs = endMs - Math.floor(rnd() * spanMs);
    const published = new Date(publishedMs);
    const publishedDate = new Date(publishedMs + 9 * 3600_000).toISOString().slice(0, 10);
    const video = rnd() < 0.15;
    const feed = pick(feedIds);
    // The filler paragraphs' text is appended to `doc.text` in SQL; the blocks cover it already.
    const text = `${title}\n\n${summary}`;
    const p1 = title.length + 2;
    const blocks = [
      { kind: 'headline', start: 0, end: title.length },
      { kind: 'paragraph', start: p1, end: p1 + summary.length },
    ];
    let at = p1 + summary.length + 2;
    for (const f of fillerParagraphs) {
      blocks.push({ kind: 'paragraph', start: at, end: at + f.length });
      at += f.length + 2;
    }
    batch.items.push({
      id,
      feed_id: feed,
      guid: `g-${n}`,
      url: `https://news${feed}.example/${published.getUTCFullYear()}/${id}`,
      title,
      title_key: titleKeyOf(title),
      published_at: published.toISOString(),
      published_date: publishedDate,
      source_name: video ? 'YouTube' : pick(sources),
      media_type: video ? 'video' : 'article',
      video_id: video ? hex(11) : null,
      image_url: rnd() < 0.7 ? `https://img.example/${id}.jpg` : null,
      summary,
      kind,
      doc: { title, published: publishedDate, text, blocks, url: `https://news${feed}.example/${id}` },
      analysis: {
        title,
        published: publishedDate,
        kind,
        shows: shows.map((s) => ({ id: s.id, title: s.title, mentions: 1 + int(3) })),
        people: personRows.map((p) => ({ id: p.id, name: p.name, mentions: 1 + int(3) })),
        characters: [],
        networks: [],
        mentions: [],
        spoilers: horizons.map((h) => ({ show: h.show, throughEpisode: h.through, confidence: 0.8, evidence: [] })),
      },
      analyzed_with: `${analyzerVersion}:bench`,
    });
    const link = (kind: ReaderEntityRow['kind'], entityId: string, mentions: number, spellings: string[]) =>
      batch.entities.push({
        item_id: id,
        kind,
        entity_id: entityId,
        mentions,
        spellings,
        published_at: published.toISOString(),
      });
    for (const s of shows) link('show', s.id, 1 + int(4), showSpellings(s));
    for (const p of personRows) link('person', p.id, 1 + int(4), p.spellings);
    if (rnd() < 0.5) link('network', main.network, 1, [main.network.toUpperCase()]);
    if (cast.length && rnd() < 0.3) {
      const c = pick(cast);
      link('character', characterKey(main.id, c), 1 + int(3), [c.character]);
    }
    for (const h of horizons) {
      const quote = `episode ${h.through}`;
      batch.horizons.push({
        item_id: id,
        show_id: h.show,
        through_episode: h.through,
        confidence: 0.6 + rnd() * 0.35,
        evidence: [{ text: quote, start: 0, end: quote.length, rule: h.through === 0 ? 'preair' : 'episode-number' }],
      });
    }
    if (batch.items.length === batchSize) {
      yield batch;
      batch = { items: [], entities: [], horizons: [] };
    }
  }
  if (batch.items.length) yield batch;
}
