import type { AnalysisPool } from '../analyze/analysis-pool.js';
import { kstToday } from '../analyze/analyze-article.js';
import { extractArticle } from '../extract/extract-article.js';
import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import type { FeedEntry } from '../parse/feed-types.js';
import { kstDateOf } from '../parse/parse-feed-date.js';
import { safeImageUrl } from '../sanitize/safe-image-url.js';
import type { NewItem } from '../store/items-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import { itemIdOf } from './item-id.js';
import type { Analyzer } from './load-analyzer.js';
import { type ContentSource, type ContentTask, type PreparedContent, prepareContent } from './prepare-content.js';

/** Feed content shorter than this (in characters of text) is a summary: the page is fetched for the article. */
export const fullTextMinChars = 600;

export interface PrepareContext {
  feedId: number | null;
  sourceName: string | null;
}

/** A title folded for near-duplicate detection: case, width and punctuation do not matter. */
export const titleKeyOf = (title: string) =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textLength = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;

/** The article behind an entry: the video's description, the feed's full content, or the fetched page. */
async function contentOf(
  entry: FeedEntry,
  deps: IngestDeps,
  published: string | null,
): Promise<{ task: ContentSource; pageImage?: string }> {
  const opts = { headline: entry.title, published, url: entry.url ?? undefined };
  if (entry.video) {
    const paragraphs = (entry.video.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
    const html = paragraphs.map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`).join('');
    return { task: { html, opts } };
  }
  const best =
    [entry.contentHtml, entry.summaryHtml]
      .filter((h): h is string => !!h)
      .sort((a, b) => textLength(b) - textLength(a))[0] ?? '';
  if (textLength(best) < fullTextMinChars && entry.url) {
    try {
      const page = await deps.limiter.run(entry.url, () => deps.fetch(entry.url!));
      const doc = extractArticle({ bytes: page.bytes, contentType: page.contentType, url: page.url, published });
      const { image, ...pageDoc } = doc;
      const pageImage = safeImageUrl(image, page.url) ?? undefined;
      if (doc.text.length > textLength(best))
        return { task: { doc: { ...pageDoc, title: doc.title ?? entry.title }, html: doc.html ?? '' }, pageImage };
      if (pageImage) return { task: { html: best, opts }, pageImage };
    } catch {
      // The page could not be fetched or read: the feed's own text is still worth keeping.
    }
  }
  return { task: { html: best, opts } };
}

/** Runs an item's CPU work: on the event loop by default, or in the analysis pool's worker threads. */
export type ContentRunner = (task: ContentTask, analyzer: Analyzer) => Promise<PreparedContent>;

export const prepareInline: ContentRunner = async (task, analyzer) => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return prepareContent(task, analyzer.analyze);
};

/**
 * The pool's runner: an item goes to a free worker (the linker's indexes go to each once per catalog, then only the
 * item's content), or, when every worker is busy, is done here: the event loop's core works too when it would wait.
 */
export const prepareInPool =
  (pool: AnalysisPool): ContentRunner =>
  (task, analyzer) =>
    pool.idle() ? pool.prepare(task, analyzer.linker, analyzer.version) : prepareInline(task, analyzer);

/**
 * The item's image, checked by safeImageUrl (https, no tracker): the feed's own (enclosure, media:content,
 * media:thumbnail) with its caption and credit, else the first picture of the content, else the page's og:image.
 */
function imageOf(entry: FeedEntry, contentHtml: string, pageImage: string | undefined) {
  const fromFeed = safeImageUrl(entry.imageUrl, entry.url);
  if (fromFeed) return { imageUrl: fromFeed, imageCaption: entry.imageCaption, imageCredit: entry.imageCredit };
  const inContent = safeImageUrl(/<img[^>]+src="([^"]+)"/.exec(contentHtml)?.[1]?.replaceAll('&amp;', '&'));
  return { imageUrl: inContent ?? pageImage ?? null, imageCaption: null, imageCredit: null };
}

/** One feed entry through extract, sanitize and analyse, ready to store. */
export async function prepareItem(
  entry: FeedEntry,
  ctx: PrepareContext,
  deps: IngestDeps,
  run: ContentRunner = prepareInline,
): Promise<NewItem> {
  // Extracting and analysing an item is CPU work (bounded: its HTML is cut and flattened first): the event loop is
  // given back before each item, so a feed of many items never holds up the server's requests for its whole length.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const published = entry.publishedAt ? kstDateOf(entry.publishedAt) : null;
  const { task, pageImage } = await contentOf(entry, deps, published);
  const { doc, contentHtml, rows } = await run({ ...task, today: kstToday(deps.now()) }, await deps.analyzer());
  const firstParagraph = doc.blocks.find((b) => b.kind === 'paragraph');
  const summary = firstParagraph ? doc.text.slice(firstParagraph.start, firstParagraph.end) : '';
  const image = imageOf(entry, contentHtml, pageImage);
  return {
    id: await itemIdOf(deps.db, entry, ctx.feedId),
    feedId: ctx.feedId,
    guid: entry.guid,
    url: entry.url,
    canonicalUrl: canonicalizeUrl(entry.url),
    title: entry.title,
    titleKey: titleKeyOf(entry.title),
    publishedAt: entry.publishedAt ? new Date(entry.publishedAt) : null,
    publishedDate: published,
    author: entry.author,
    sourceName: ctx.sourceName,
    mediaType: entry.video ? 'video' : 'article',
    videoId: entry.video?.id ?? null,
    ...image,
    summary: summary.length > 400 ? `${summary.slice(0, 399)}…` : summary,
    contentHtml,
    doc,
    ...rows,
  };
}
