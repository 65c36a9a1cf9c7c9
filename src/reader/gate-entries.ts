import { describeReason, describeWarning, type GateHorizon, gateItem, type ShownItem } from '../gate/gate-items.js';
import { translator } from '../i18n/translate.js';
import type { CatalogView } from '../link/catalog-view.js';
import { safeImageUrl } from '../sanitize/safe-image-url.js';
import type { ItemStates } from '../store/item-state-repository.js';
import type { ItemCardRow, ItemLinkRows } from '../store/reader-repository.js';
import type { Reader } from './reader-deps.js';
import type { EntityRef, FeedEntry, HiddenCardView, ShownItemView } from './reader-schemas.js';
import { itemKindSchema } from './reader-schemas.js';

const english = translator('en');

/**
 * What an item's view takes from its row alone, nothing of the reader or the catalog: made once per row, so the
 * newest items kept in memory have it made once per items version instead of on every page.
 */
export interface ItemBasics {
  snippet: string;
  imageUrl: string | null;
  publishedAt: string | null;
  kind: ShownItemView['kind'];
}

/** An item row with its links and horizons, as the gate sees it, and the reader's read mark and star. */
export interface LinkedItem extends ItemCardRow {
  entities: ItemLinkRows['entities'];
  horizons: GateHorizon[];
  read: boolean;
  starred: boolean;
  basics: ItemBasics;
}

function basicsOf(r: ItemCardRow): ItemBasics {
  const kind = itemKindSchema.safeParse(r.kind);
  return {
    snippet: snippetOf(r.summary),
    imageUrl: safeImageUrl(r.image_url),
    publishedAt: r.published_at?.toISOString() ?? null,
    kind: kind.success ? kind.data : 'other',
  };
}

/** Groups link and horizon rows under their items, keeping the rows' order, with the reader's marks. */
export function attachLinks(rows: ItemCardRow[], links: ItemLinkRows, states: ItemStates): LinkedItem[] {
  const byId = new Map<string, LinkedItem>(
    rows.map((r) => [
      r.id,
      {
        ...r,
        entities: [],
        horizons: [],
        read: states.read.has(r.id),
        starred: states.starred.has(r.id),
        basics: basicsOf(r),
      },
    ]),
  );
  for (const e of links.entities) byId.get(e.item_id)?.entities.push(e);
  for (const h of links.horizons)
    byId.get(h.item_id)?.horizons.push({
      showId: h.show_id,
      throughEpisode: h.through_episode,
      confidence: h.confidence,
    });
  return [...byId.values()];
}

export function showTitleOf(view: CatalogView, showId: string): string {
  return view.shows.get(showId)?.title ?? showId;
}

/**
 * An item's show and person links as page links, kept per links array and catalog view: the newest items' copies
 * share their links array, so each is made once per items version and catalog (a new catalog is a new view).
 */
const refsKept = new WeakMap<LinkedItem['entities'], { view: CatalogView; shows: EntityRef[]; people: EntityRef[] }>();

function refsOf(view: CatalogView, entities: LinkedItem['entities']): { shows: EntityRef[]; people: EntityRef[] } {
  const kept = refsKept.get(entities);
  if (kept?.view === view) return kept;
  const refs = { view, shows: entityRefs(view, entities, 'show'), people: entityRefs(view, entities, 'person') };
  refsKept.set(entities, refs);
  return refs;
}

/** Catalog entries an item links to, by kind, as page links. */
export function entityRefs(view: CatalogView, entities: LinkedItem['entities'], kind: 'show' | 'person'): EntityRef[] {
  return entities.flatMap((e): EntityRef[] => {
    if (e.kind !== kind) return [];
    const show = kind === 'show' ? view.shows.get(e.entity_id) : undefined;
    const person = kind === 'person' ? view.people.get(e.entity_id) : undefined;
    const name = show?.title ?? person?.name;
    if (name === undefined) return [];
    return [{ kind, id: e.entity_id, name, hangul: show?.hangul ?? person?.hangul ?? null }];
  });
}

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299).trimEnd()}…` : flat;
}

/** Why a shown item is shown, per show it names an episode of (in the API's English; pages use `watched`). */
function shownHorizonText(h: GateHorizon, watched: number | null, revealed: boolean): string {
  if (h.throughEpisode === 0) return english('reason.preAir');
  return english('reason.shown', { episode: h.throughEpisode, watched, revealed });
}

/**
 * Builds the view of an item the gate let through. It takes only a `ShownItem`, which only `gateItem` makes, so no
 * page can show an item the gate did not pass.
 */
export function toShownView(item: ShownItem<LinkedItem>, view: CatalogView, reader: Reader): ShownItemView {
  const { basics } = item;
  const refs = refsOf(view, item.entities);
  return {
    id: item.id,
    hidden: false,
    revealed: item.revealed,
    read: item.read,
    starred: item.starred,
    title: item.title,
    url: item.url,
    sourceName: item.source_name,
    author: item.author,
    publishedAt: basics.publishedAt,
    kind: basics.kind,
    mediaType: item.media_type,
    videoId: item.video_id,
    imageUrl: basics.imageUrl,
    imageCaption: item.image_caption,
    imageCredit: item.image_credit,
    snippet: basics.snippet,
    shows: refs.shows,
    people: refs.people,
    horizons: item.horizons.map((h) => ({
      showId: h.showId,
      showTitle: showTitleOf(view, h.showId),
      throughEpisode: h.throughEpisode,
      watched: reader.state.progress.get(h.showId) ?? null,
      text: shownHorizonText(h, reader.state.progress.get(h.showId) ?? null, item.revealed),
    })),
    ...(item.warnings.length
      ? {
          warnings: item.warnings.map((w) => {
            const showTitle = showTitleOf(view, w.showId);
            return {
              showId: w.showId,
              showTitle,
              throughEpisode: w.throughEpisode,
              watched: w.watched ?? 0,
              text: describeWarning(w, showTitle),
            };
          }),
        }
      : {}),
  };
}

/** Gates one item: its shown view, or a hidden card with only the reasons (and when it was published). */
export function gateEntry<T extends LinkedItem>(
  item: T,
  view: CatalogView,
  reader: Reader,
): { shown: ShownItem<T>; entry: ShownItemView } | { hidden: HiddenCardView; entry: HiddenCardView } {
  const gated = gateItem(item, item.horizons, reader.state);
  if ('shown' in gated) return { shown: gated.shown, entry: toShownView(gated.shown, view, reader) };
  const card: HiddenCardView = {
    id: item.id,
    hidden: true,
    publishedAt: item.published_at?.toISOString() ?? null,
    starred: item.starred,
    reasons: gated.hidden.reasons.map((r) => {
      const showTitle = showTitleOf(view, r.showId);
      return { ...r, showTitle, text: describeReason(r, showTitle) };
    }),
  };
  return { hidden: card, entry: card };
}

/** Gates a list of items in order. */
export function gateEntries(items: LinkedItem[], view: CatalogView, reader: Reader): FeedEntry[] {
  return items.map((item) => gateEntry(item, view, reader).entry);
}
