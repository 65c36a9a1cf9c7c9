import { type AnyFeed, parseFeed as parseAnyFeed } from 'feedsmith';
import { AppError } from '../errors/app-error.js';
import type { ParsedFeed } from './feed-types.js';
import { normalizeEntries } from './normalize-entries.js';
import { readJsonFeed } from './read-json-feed.js';
import { repairXml, stripDoctype } from './repair-xml.js';

export interface ParseFeedInput {
  /** The decoded feed document. */
  text: string;
  /** Where it came from, for messages. */
  url: string;
}

function tryParse(text: string): AnyFeed | Error {
  try {
    return parseAnyFeed(text);
  } catch (error) {
    return error as Error;
  }
}

/**
 * A feed document (RSS 2.0, RDF, Atom, JSON Feed, YouTube channel feeds) to its entries. DOCTYPEs are dropped before
 * parsing (no entity expansion, no external entities); XML that does not parse is repaired (bare `&` and `<`,
 * forbidden control characters) and tried again; what still fails is reported for this feed alone.
 */
export function parseFeed(input: ParseFeedInput): ParsedFeed {
  const trimmed = input.text.replace(/^\uFEFF/, '').trimStart();
  const isJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  let parsed: AnyFeed | Error;
  let repaired = false;
  let jsonSkipped: Array<{ index: number; reason: string }> = [];
  let jsonIndexes: number[] | null = null;
  if (isJson) {
    let document: unknown;
    try {
      document = JSON.parse(trimmed);
    } catch (cause) {
      throw new AppError(
        'feed.malformed',
        `${input.url}: the JSON feed is not valid JSON (${(cause as Error).message})`,
        { cause },
      );
    }
    const json = readJsonFeed(document, input.url);
    parsed = json.parsed;
    jsonSkipped = json.skipped;
    jsonIndexes = json.indexes;
  } else {
    parsed = tryParse(stripDoctype(trimmed));
    if (parsed instanceof Error) {
      const second = tryParse(repairXml(trimmed));
      if (!(second instanceof Error)) {
        parsed = second;
        repaired = true;
      }
    }
  }
  if (parsed instanceof Error) {
    const looksLikeHtml = /^<(!doctype html|html)/i.test(trimmed);
    throw new AppError(
      'feed.malformed',
      looksLikeHtml
        ? `${input.url}: this is a web page, not a feed`
        : `${input.url}: not a readable RSS, Atom or JSON feed: ${describeXmlProblem(stripDoctype(trimmed))}`,
      { cause: parsed },
    );
  }
  const normalized = normalizeEntries(parsed);
  const entries = normalized.entries;
  const skipped = jsonIndexes
    ? [...jsonSkipped, ...normalized.skipped.map((s) => ({ ...s, index: jsonIndexes[s.index] }))].sort(
        (a, b) => a.index - b.index,
      )
    : normalized.skipped;
  const feed = parsed.feed as {
    title?: unknown;
    link?: string;
    home_page_url?: string;
    links?: Array<{ href?: string; rel?: string }>;
    yt?: { channelId?: string };
  };
  const title =
    typeof feed.title === 'string' ? feed.title : ((feed.title as { value?: string } | undefined)?.value ?? null);
  const siteUrl =
    feed.link ?? feed.home_page_url ?? feed.links?.find((l) => l.rel === 'alternate' || !l.rel)?.href ?? null;
  return {
    format: parsed.format,
    title: title?.trim() || null,
    siteUrl,
    youtubeChannelId: feed.yt?.channelId ?? (entries.some((e) => e.video) ? 'unknown' : null),
    entries,
    skipped,
    repaired,
  };
}

const feedRoots = new Set(['rss', 'feed', 'rdf:rdf']);

/** Why an XML document is not a feed, naming the element at fault. */
function describeXmlProblem(xml: string): string {
  const root = /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
  if (!root) return 'no XML element found';
  if (!feedRoots.has(root.toLowerCase()))
    return `the root element is <${root}>; a feed's is <rss>, <feed> (Atom) or <rdf:RDF>`;
  if (root.toLowerCase() === 'rss' && !/<channel[\s>]/i.test(xml)) return '<rss> has no <channel>';
  return `the <${root}> document has no title, link or entries, or its XML is broken beyond repair`;
}
