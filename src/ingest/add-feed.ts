import { parseHTML } from 'linkedom';
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

/** The feed a web page announces with <link rel="alternate" type="application/rss+xml"> (or Atom, JSON Feed). */
function discoverFeed(html: string, base: string): string | null {
  const { document } = parseHTML(html);
  const link = document.querySelector(
    'link[rel~="alternate"][type="application/rss+xml"], link[rel~="alternate"][type="application/atom+xml"], link[rel~="alternate"][type="application/feed+json"]',
  );
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/**
 * Follows a feed: the URL is fetched and must be a readable feed (or a page that announces one, which is then
 * followed instead). Adding a feed that is followed already is an error saying so.
 */
export async function addFeed(deps: IngestDeps, url: string, options: AddFeedOptions = {}): Promise<FeedRow> {
  if (!/^https?:\/\//i.test(url)) throw new AppError('input.invalid', `not an http(s) URL: ${url}`);
  const feedUrl = url;
  let title = options.title ?? null;
  let siteUrl: string | null = null;
  let kind: 'feed' | 'youtube' = /youtube\.com\/feeds\/videos\.xml/i.test(url) ? 'youtube' : 'feed';
  if (!options.skipCheck) {
    const response = await deps.limiter.run(url, () => deps.fetch(url));
    const text = decodeBytes(response.bytes, response.contentType);
    let parsed: ReturnType<typeof parseFeed>;
    try {
      parsed = parseFeed({ text, url });
    } catch (error) {
      const discovered = discoverFeed(text, response.url);
      if (!discovered) throw error;
      return addFeed(deps, discovered, options);
    }
    title ??= parsed.title;
    siteUrl = parsed.siteUrl;
    if (parsed.youtubeChannelId) kind = 'youtube';
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
