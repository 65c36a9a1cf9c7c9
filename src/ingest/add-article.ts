import { AppError } from '../errors/app-error.js';
import { extractArticle } from '../extract/extract-article.js';
import { canonicalizeUrl } from '../parse/canonicalize-url.js';
import { parseFeedDate } from '../parse/parse-feed-date.js';
import { findKnownKeys, insertItem } from '../store/items-repository.js';
import type { IngestDeps } from './ingest-deps.js';
import { itemIdOf } from './item-id.js';
import { prepareItem } from './prepare-item.js';

export interface AddArticleResult {
  id: string;
  title: string;
  status: 'added' | 'unchanged';
}

/** A single article page added by hand: fetched, extracted with Readability, analysed and stored like a feed's. */
export async function addArticle(deps: IngestDeps, url: string): Promise<AddArticleResult> {
  const canonical = canonicalizeUrl(url);
  if (!canonical) throw new AppError('input.invalid', `not an http(s) URL: ${url}`);
  const page = await deps.limiter.run(url, () => deps.fetch(url));
  const doc = extractArticle({ bytes: page.bytes, contentType: page.contentType, url: page.url });
  if (!doc.text.trim()) throw new AppError('input.empty', `${url}: no article text found on the page`);
  const known = await findKnownKeys(deps.db, null, [], [canonical, canonicalizeUrl(page.url) ?? canonical]);
  const entry = {
    guid: null,
    url: page.url,
    title: doc.title ?? page.url,
    contentHtml: doc.html ?? null,
    summaryHtml: null,
    publishedAt: doc.published ? parseFeedDate(doc.published) : null,
    author: null,
    imageUrl: null,
    imageCaption: null,
    imageCredit: null,
    video: null,
  };
  // Stored already: nothing to extract, sanitise or analyse again.
  if (known.urls.size) return { id: await itemIdOf(deps.db, entry, null), title: entry.title, status: 'unchanged' };
  const item = await prepareItem(entry, { feedId: null, sourceName: new URL(page.url).hostname }, deps);
  const added = await insertItem(deps.db, item);
  return { id: item.id, title: item.title, status: added ? 'added' : 'unchanged' };
}
