import type { DocumentBlock } from '../analyze/analysis-types.js';
import { AppError } from '../errors/app-error.js';
import type { CatalogView } from '../link/catalog-view.js';
import { markRead, readItemStates } from '../store/item-state-repository.js';
import { listRelatedItemIds, readItemContent, readItemLinks } from '../store/reader-repository.js';
import { attachLinks, gateEntries, gateEntry, type LinkedItem } from './gate-entries.js';
import { listableEntries } from './gate-filter.js';
import { highlightMentions, type MentionTarget } from './highlight-mentions.js';
import { loadItemsByIds } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { ItemDetail, ItemPage } from './reader-schemas.js';

const relatedCount = 6;

/** Where a mention links: a person's or show's page; a character's show. Networks have no page. */
function mentionHref(kind: string, id: string): string | null {
  if (kind === 'person') return `/people/${encodeURIComponent(id)}`;
  if (kind === 'show') return `/shows/${encodeURIComponent(id)}`;
  if (kind === 'character') return `/shows/${encodeURIComponent(id.split('/')[0])}`;
  return null;
}

function mentionName(view: CatalogView, kind: string, id: string): string {
  if (kind === 'person') return view.people.get(id)?.name ?? id;
  if (kind === 'show') return view.shows.get(id)?.title ?? id;
  if (kind === 'character') return view.characters.get(id)?.name ?? id;
  return view.networks.get(id)?.name ?? id;
}

interface StoredDoc {
  text?: string;
  blocks?: DocumentBlock[];
}

function captionsOf(doc: unknown): ItemDetail['captions'] {
  const { text, blocks } = (doc ?? {}) as StoredDoc;
  if (typeof text !== 'string' || !Array.isArray(blocks)) return [];
  return blocks
    .filter((b) => b.kind === 'caption')
    .map((b) => ({ text: text.slice(b.start, b.end).trim(), credit: b.credit ?? null }));
}

function quotesOf(evidence: unknown): string[] {
  return Array.isArray(evidence)
    ? evidence.flatMap((e) =>
        e && typeof (e as { text?: unknown }).text === 'string' ? [(e as { text: string }).text] : [],
      )
    : [];
}

/**
 * One item for this reader: the whole of it when the gate lets it through (content with its mentions highlighted,
 * captions, the evidence for each horizon, related items, themselves gated), else a hidden card and nothing more.
 * Opening a shown item marks it read.
 */
export async function readItem(deps: ReaderDeps, reader: Reader, id: string): Promise<ItemPage> {
  const row = await readItemContent(deps.db, id);
  if (!row) throw new AppError('not-found', `no item ${id} (it may have been removed with its feed)`);
  const [links, states] = await Promise.all([
    readItemLinks(deps.db, [id], { evidence: true }),
    readItemStates(deps.db, reader.user.id, [id]),
  ]);
  const [item] = attachLinks([row], links, states) as Array<LinkedItem & typeof row>;
  const view = deps.linker().view;
  const gated = gateEntry(item, view, reader);
  if ('hidden' in gated) return gated.hidden;
  // Opening an item the reader may see marks it read; a hidden one keeps its state (they have not read it).
  if (!item.read) await markRead(deps.db, reader.user.id, [id]);
  gated.entry.read = true;
  const shown = gated.shown;
  const targets = shown.entities.flatMap((e): MentionTarget[] => {
    const href = mentionHref(e.kind, e.entity_id);
    return href ? [{ href, spellings: e.spellings }] : [];
  });
  const showIds = shown.entities.filter((e) => e.kind === 'show').map((e) => e.entity_id);
  const relatedIds = await listRelatedItemIds(deps.db, id, showIds, shown.published_at, relatedCount);
  return {
    ...gated.entry,
    contentHtml: highlightMentions(shown.content_html, targets),
    captions: captionsOf(shown.doc),
    mentions: shown.entities.map((e) => ({
      kind: e.kind,
      id: e.entity_id,
      name: mentionName(view, e.kind, e.entity_id),
      spellings: e.spellings,
    })),
    evidence: links.horizons.map((h) => ({
      showId: h.show_id,
      throughEpisode: h.through_episode,
      quotes: quotesOf(h.evidence),
    })),
    // A related hidden card is listed only when it is hidden for one of the shows that relate it to this item.
    related: listableEntries(
      gateEntries(await loadItemsByIds(deps.db, relatedIds, reader.user.id), view, reader),
      showIds,
    ),
  };
}
