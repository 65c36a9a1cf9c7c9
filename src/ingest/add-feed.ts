import { AppError } from '../errors/app-error.js';
import { decodeBytes } from '../extract/decode-bytes.js';
import { parseFeed } from '../parse/parse-feed.js';
import { type FeedRow, insertFeed } from '../store/feeds-repository.js';
import type { IngestDeps } from './ingest-deps.js';

export interface AddFeedOptions {
  intervalMinutes?: number;
  title?: string | null;
  /** Add without checking that the URL answers with a feed (OPML imports of many feeds). */
  skipCheck?: boolean;
}

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
const attributeRe = /([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * The feed a web page announces with <link rel="alternate" type="application/rss+xml"> (or Atom, JSON Feed). The
 * <link> tags are found by a linear scan, not by parsing the page into a tree (a hostile page can be nested deep).
 */
export function discoverFeed(html: string, base: string): string | null {
  for (const [, attributes] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const m of attributes.matchAll(attributeRe)) attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!rel.includes('alternate') || !feedTypes.has((attrs.get('type') ?? '').toLowerCase().trim()) || !href) continue;
    try {
      return new URL(decodeEntities(href), base).toString();
    } catch {
      return null;
    }
  }
  return null;
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'lt' ? '<' : e === 'gt' ? '>' : "'",
  );

/** At most this many pages are read to find a feed: the URL given, then each page its predecessor announced. */
export const maxDiscoveryHops = 3;

/**
 * The URL's feed: the URL itself when it answers with a readable feed, or the feed a page announces (a page may
 * announce another page, up to `maxDiscoveryHops` pages in all; a page announcing one seen already is a loop).
 */
async function findFeed(deps: IngestDeps, url: string): Promise<{ url: string; parsed: ReturnType<typeof parseFeed> }> {
  const seen: string[] = [];
  for (let current = url, pages = 1; ; pages++) {
    seen.push(current);
    const response = await deps.limiter.run(current, () => deps.fetch(current));
    if (!seen.includes(response.url)) seen.push(response.url);
    const text = decodeBytes(response.bytes, response.contentType);
    try {
      return { url: current, parsed: parseFeed({ text, url: current }) };
    } catch (error) {
      const discovered = discoverFeed(text, response.url);
      if (!discovered) throw error;
      if (seen.includes(discovered))
        throw new AppError(
          'feed.discovery',
          `no feed found, the pages announce each other in a loop (${[...seen, discovered].join(' -> ')})`,
        );
      if (pages >= maxDiscoveryHops)
        throw new AppError(
          'feed.discovery',
          `no feed found within ${maxDiscoveryHops} pages (${[...seen, discovered].join(' -> ')}); add the feed's own URL`,
        );
      current = discovered;
    }
  }
}

/**
 * Follows a feed: the URL is fetched and must be a readable feed (or a page that announces one, which is then
 * followed instead). Adding a feed that is followed already is an error saying so.
 */
export async function addFeed(deps: IngestDeps, url: string, options: AddFeedOptions = {}): Promise<FeedRow> {
  if (!/^https?:\/\//i.test(url)) throw new AppError('input.invalid', `not an http(s) URL: ${url}`);
  let feedUrl = url;
  let title = options.title ?? null;
  let siteUrl: string | null = null;
  let kind: 'feed' | 'youtube' = /youtube\.com\/feeds\/videos\.xml/i.test(url) ? 'youtube' : 'feed';
  if (!options.skipCheck) {
    const found = await findFeed(deps, url);
    feedUrl = found.url;
    title ??= found.parsed.title;
    siteUrl = found.parsed.siteUrl;
    if (found.parsed.youtubeChannelId || /youtube\.com\/feeds\/videos\.xml/i.test(feedUrl)) kind = 'youtube';
  }
  const row = await insertFeed(deps.db, {
    url: feedUrl,
    title,
    siteUrl,
    kind,
    intervalMinutes: options.intervalMinutes,
    nextFetchAt: deps.now(),
  });
  if (!row) throw new AppError('feed.exists', `${feedUrl} is followed already`);
  return row;
}

const unitMinutes: Record<string, number> = { m: 1, min: 1, h: 60, d: 1440 };

/** "30m", "2h", "1d" or a number of minutes to minutes (5 minutes to 7 days). */
export function parseInterval(value: string): number {
  const m = /^(\d+)\s*(m|min|h|d)?$/i.exec(value.trim());
  const minutes = m ? Number(m[1]) * unitMinutes[(m[2] ?? 'm').toLowerCase()] : Number.NaN;
  if (!Number.isFinite(minutes) || minutes < 5 || minutes > 7 * 1440)
    throw new AppError(
      'input.invalid',
      `--every: expected an interval such as 30m, 2h or 1d (5 minutes to 7 days), got "${value}"`,
    );
  return minutes;
}
