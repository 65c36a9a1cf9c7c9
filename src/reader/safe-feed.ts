import { createHash } from 'node:crypto';
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { describeReason, describeWarning } from '../gate/gate-items.js';
import { type Translate, translator } from '../i18n/translate.js';
import type { HiddenItemsChoice } from '../store/feed-tokens-repository.js';
import { readFeed } from './read-feed.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { FeedEntry } from './reader-schemas.js';

export interface SafeFeedOptions {
  format: 'atom' | 'json';
  hiddenItems: HiddenItemsChoice;
  /** The app's own address ("https://haebang.example"), for links and the feed's id. */
  origin: string;
  /** The feed's own URL. */
  self: string;
  /** The reader's language for the words haebang adds (hidden entries, warnings); English when absent. */
  t?: Translate;
}

const entriesPerFeed = 50;

/**
 * A reader's feed as Atom or JSON Feed, of exactly what the gate shows them: shown items with their title, link,
 * snippet and kind; hidden ones, if listed at all, as "hidden: reveals <show> ep. N" with no text, no link of the
 * item, no kind and an id that is not the item's (a digest of it keyed by the reader), so nothing tells what it is.
 * An item shown with a warning (the reader lets unsure horizons through) carries it first, as the card does. No read
 * state or unread count is in the feed.
 */
export async function renderSafeFeed(deps: ReaderDeps, reader: Reader, options: SafeFeedOptions): Promise<string> {
  const t = options.t ?? translator('en');
  const page = await readFeed(deps, reader, { limit: entriesPerFeed });
  const entries = page.entries.filter((e) => !e.hidden || options.hiddenItems === 'list');
  const hiddenId = (e: FeedEntry) =>
    `urn:haebang:hidden:${createHash('sha256').update(`${reader.user.id}\u0000${e.id}`).digest('hex').slice(0, 24)}`;
  type View = { id: string; title: string; date: Date; link: string; snippet?: string; kind?: string; source?: string };
  const view = entries.map(
    (e): View =>
      e.hidden
        ? {
            id: hiddenId(e),
            title: t('reason.hiddenTitle', {
              reasons: e.reasons.map((r) => describeReason(r, r.showTitle, t)).join('; '),
            }),
            date: e.publishedAt ? new Date(e.publishedAt) : new Date(0),
            link: `${options.origin}/`,
          }
        : {
            id: `${options.origin}/items/${e.id}`,
            // Shown only because the reader lets unsure horizons through: the warning comes first, as on the card.
            title: e.warnings?.length ? `⚠ ${e.title}` : e.title,
            date: e.publishedAt ? new Date(e.publishedAt) : new Date(0),
            link: `${options.origin}/items/${e.id}`,
            snippet: e.warnings?.length
              ? `${e.warnings.map((w) => describeWarning(w, w.showTitle, t)).join('; ')}.\n\n${e.snippet}`
              : e.snippet,
            kind: e.kind,
            source: e.url ?? undefined,
          },
  );
  const updated = new Date(Math.max(0, ...view.map((e) => e.date.getTime())));
  const title = `haebang: ${reader.user.name}`;
  if (options.format === 'json')
    return JSON.stringify(
      generateJsonFeed({
        title,
        home_page_url: `${options.origin}/`,
        feed_url: options.self,
        items: view.map((e) => ({
          id: e.id,
          url: e.link,
          title: e.title,
          date_published: e.date,
          content_text: e.snippet ?? '',
          ...(e.kind ? { tags: [e.kind] } : {}),
          ...(e.source ? { external_url: e.source } : {}),
        })),
      }),
    );
  return generateAtomFeed({
    id: options.self,
    title: { value: title, type: 'text' },
    updated,
    links: [
      { href: options.self, rel: 'self' },
      { href: `${options.origin}/`, rel: 'alternate' },
    ],
    entries: view.map((e) => ({
      id: e.id,
      title: { value: e.title, type: 'text' },
      updated: e.date,
      published: e.date,
      links: [{ href: e.link, rel: 'alternate' }],
      ...(e.kind ? { summary: { value: e.snippet ?? '', type: 'text' }, categories: [{ term: e.kind }] } : {}),
    })),
  } as never);
}
