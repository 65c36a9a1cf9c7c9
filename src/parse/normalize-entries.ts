import type { AnyFeed } from 'feedsmith';
import type { FeedEntry } from './feed-types.js';
import { parseFeedDate } from './parse-feed-date.js';

type Raw = Omit<FeedEntry, 'publishedAt'> & { date: string | undefined };

const text = (v: unknown): string | null => {
  const s =
    typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? (v as { value?: unknown }).value : null;
  return typeof s === 'string' && s.trim() ? s.trim() : null;
};
type MediaText = { value?: unknown } | undefined;
type MediaContent = { url?: string; type?: string; medium?: string; title?: MediaText; description?: MediaText };
type MediaLike = {
  contents?: MediaContent[];
  thumbnails?: Array<{ url?: string }>;
  groups?: MediaLike[];
  title?: MediaText;
  description?: MediaText;
  credits?: Array<{ value?: unknown }>;
};
type Image = { imageUrl: string | null; imageCaption: string | null; imageCredit: string | null };
const noImage: Image = { imageUrl: null, imageCaption: null, imageCredit: null };

const isImage = (m: { url?: string; type?: string; medium?: string } | undefined) =>
  !!m?.url && (!m.type || m.type.startsWith('image/') || m.medium === 'image');
const firstImage = (urls: Array<{ url?: string; type?: string; medium?: string } | undefined>) =>
  urls.find(isImage)?.url ?? null;

/** The image of an entry's media elements, with the caption and credit given beside it (or on the entry's media). */
function mediaImage(media: MediaLike | undefined, outer?: MediaLike): Image {
  if (!media) return noImage;
  const content = media.contents?.find(isImage);
  const url = media.thumbnails?.[0]?.url ?? content?.url ?? null;
  if (!url) return media.groups?.map((g) => mediaImage(g, media)).find((i) => i.imageUrl) ?? noImage;
  // A caption is the description (or title) of the picture itself, or of the media that carries it; a YouTube
  // group's description is the video's text, never a caption.
  const caption =
    text(content?.description) ??
    text(content?.title) ??
    (outer ? null : (text(media.description) ?? text(media.title)));
  const credit = [content, media, outer]
    .map((m) => text((m as MediaLike | undefined)?.credits?.[0]?.value))
    .find(Boolean);
  return { imageUrl: url, imageCaption: caption, imageCredit: credit ?? null };
}

/** Each format's entries in one shape; an entry without a title and a link is reported, not kept. */
export function rawEntries(parsed: AnyFeed): Raw[] {
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => {
        const i = item as typeof item & {
          guid?: { value?: string };
          enclosures?: Array<{ url?: string; type?: string }>;
          pubDate?: string;
          authors?: Array<string | { name?: string }>;
          content?: { encoded?: string };
          media?: MediaLike;
          dc?: { creators?: string[]; dates?: string[]; date?: string };
        };
        const author = i.authors?.[0];
        const image = mediaImage(i.media);
        return {
          guid: text(i.guid?.value),
          url: text(i.link),
          title: text(i.title) ?? '',
          contentHtml: text(i.content?.encoded),
          summaryHtml: text(i.description),
          date: i.pubDate ?? i.dc?.dates?.[0] ?? i.dc?.date,
          author: (typeof author === 'string' ? author : author?.name) ?? i.dc?.creators?.[0] ?? null,
          ...(image.imageUrl ? image : { ...noImage, imageUrl: firstImage(i.enclosures ?? []) }),
          video: null,
        };
      });
    case 'atom':
      return (parsed.feed.entries ?? []).map((e) => {
        const entry = e as typeof e & { media?: MediaLike; yt?: { videoId?: string } };
        const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? entry.links?.[0]?.href ?? null;
        const group = entry.media?.groups?.[0];
        const videoId = text(entry.yt?.videoId);
        const description = text(group?.description) ?? text(entry.media?.description);
        return {
          guid: text(entry.id),
          url: text(link),
          title: text(entry.title) ?? '',
          contentHtml: text(entry.content?.value),
          summaryHtml: text(entry.summary) ?? (description && !videoId ? description : null),
          date: entry.published ?? entry.updated,
          author: entry.authors?.[0]?.name ?? null,
          ...(videoId ? { ...noImage, imageUrl: mediaImage(entry.media).imageUrl } : mediaImage(entry.media)),
          video: videoId ? { id: videoId, description, thumbnailUrl: mediaImage(entry.media).imageUrl } : null,
        };
      });
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        guid: text(item.id),
        url: text(item.url) ?? text(item.external_url),
        title: text(item.title) ?? '',
        contentHtml: text(item.content_html) ?? (text(item.content_text) ? escapeText(item.content_text!) : null),
        summaryHtml: text(item.summary),
        date: item.date_published ?? item.date_modified,
        author: item.authors?.[0]?.name ?? null,
        ...noImage,
        imageUrl: text(item.image) ?? text(item.banner_image),
        video: null,
      }));
  }
}

function escapeText(value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim()}</p>`)
    .join('');
}

/** Keeps the usable entries; each one left out is reported with its reason. */
export function normalizeEntries(parsed: AnyFeed): {
  entries: FeedEntry[];
  skipped: Array<{ index: number; reason: string }>;
} {
  const entries: FeedEntry[] = [];
  const skipped: Array<{ index: number; reason: string }> = [];
  for (const [index, { date, ...raw }] of rawEntries(parsed).entries()) {
    if (raw.url && !/^https?:\/\//i.test(raw.url)) raw.url = null;
    if (!raw.title && !raw.url) {
      skipped.push({ index, reason: 'the entry has neither a title nor a link' });
      continue;
    }
    if (!raw.title) raw.title = raw.url ?? '';
    const title =
      raw.title
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim() ||
      raw.url ||
      '';
    entries.push({ ...raw, title, publishedAt: parseFeedDate(date) });
  }
  return { entries, skipped };
}
