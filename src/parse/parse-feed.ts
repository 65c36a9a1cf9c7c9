import { type AnyFeed, parseFeed as parseAnyFeed } from 'feedsmith';
import { AppError } from '../errors/app-error.js';
import type { ParsedFeed } from './feed-types.js';
import { normalizeEntries } from './normalize-entries.js';
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
  const isJson = trimmed.startsWith('{');
  if (isJson) {
    try {
      JSON.parse(trimmed);
    } catch (cause) {
      throw new AppError(
        'feed.malformed',
        `${input.url}: the JSON feed is not valid JSON (${(cause as Error).message})`,
        { cause },
      );
    }
  }
  let repaired = false;
  let parsed = tryParse(isJson ? trimmed : stripDoctype(trimmed));
  if (parsed instanceof Error && !isJson) {
    const second = tryParse(repairXml(trimmed));
    if (!(second instanceof Error)) {
      parsed = second;
      repaired = true;
    }
  }
  if (parsed instanceof Error) {
    const looksLikeHtml = /^<(!doctype html|html)/i.test(trimmed);
    throw new AppError(
      'feed.malformed',
      looksLikeHtml
        ? `${input.url}: this is a web page, not a feed`
        : `${input.url}: not a readable RSS, Atom or JSON feed (${parsed.message})`,
      { cause: parsed },
    );
  }
  const { entries, skipped } = normalizeEntries(parsed);
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
