/** What the parse stage gives the ingest orchestrator: a feed's entries in one shape, whatever the format. */
export interface FeedEntry {
  /** The entry's own id (RSS guid, Atom id, JSON Feed id), or null. */
  guid: string | null;
  url: string | null;
  title: string;
  /** Full content when the feed carries it (content:encoded, Atom content, content_html), unsanitised. */
  contentHtml: string | null;
  /** The summary or description, unsanitised. */
  summaryHtml: string | null;
  /** ISO timestamp, or null when the feed gives no readable date. */
  publishedAt: string | null;
  author: string | null;
  /** The entry's image (media:thumbnail, media:content, an image enclosure, JSON Feed image), unchecked. */
  imageUrl: string | null;
  /** What the feed says of that image: its caption (media:description or media:title) and credit (media:credit). */
  imageCaption: string | null;
  imageCredit: string | null;
  /** For YouTube channel feeds: the video. */
  video: { id: string; description: string | null; thumbnailUrl: string | null } | null;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  siteUrl: string | null;
  /** Set for a YouTube channel's feed. */
  youtubeChannelId: string | null;
  entries: FeedEntry[];
  /** Entries left out, each with the reason; the rest of the feed is kept. */
  skipped: Array<{ index: number; reason: string }>;
  /** True when the XML had to be repaired before it could be read. */
  repaired: boolean;
}
