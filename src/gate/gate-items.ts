/**
 * The spoiler gate: the only code that can turn a stored item into one a page or the API may show. A `ShownItem`
 * can only be made here (its brand is a module-private symbol), so a view that takes `ShownItem` cannot be handed an
 * ungated item by mistake; everything else gets a `HiddenCard` that says what the item would reveal and why, and
 * carries nothing of the item's own text or images.
 */
declare const shown: unique symbol;

export interface GateHorizon {
  showId: string;
  throughEpisode: number;
}

export interface ReaderState {
  /** Per show followed: the last episode watched (0 = none yet). Shows not in the map are not followed. */
  progress: ReadonlyMap<string, number>;
  /** Items the reader chose to reveal, one by one. */
  reveals: ReadonlySet<string>;
  /** Shows the reader does not follow: hide all their plot, or show everything. */
  unfollowedPolicy: 'hide' | 'show';
}

export type ShownItem<T> = T & { readonly [shown]: true; readonly revealed: boolean };

export interface HiddenReason {
  showId: string;
  /** The last episode the item reveals. */
  throughEpisode: number;
  /** The reader's progress on that show, or null when they do not follow it. */
  watched: number | null;
}

export interface HiddenCard {
  id: string;
  hidden: true;
  reasons: HiddenReason[];
}

export type GateResult<T> = { shown: ShownItem<T> } | { hidden: HiddenCard };

/** Why an item would spoil this reader, one reason per show; empty when it spoils nothing. */
export function spoilerReasons(horizons: readonly GateHorizon[], state: ReaderState): HiddenReason[] {
  return horizons.flatMap((h): HiddenReason[] => {
    const watched = state.progress.get(h.showId);
    if (watched === undefined)
      return state.unfollowedPolicy === 'hide' && h.throughEpisode > 0
        ? [{ showId: h.showId, throughEpisode: h.throughEpisode, watched: null }]
        : [];
    return h.throughEpisode > watched ? [{ showId: h.showId, throughEpisode: h.throughEpisode, watched }] : [];
  });
}

/** Whether the gate shows this item to the reader (for counting: `gateItem` makes what a page shows). */
export function passesGate(id: string, horizons: readonly GateHorizon[], state: ReaderState): boolean {
  return state.reveals.has(id) || !spoilerReasons(horizons, state).length;
}

/** Passes an item through the gate: shown when it spoils nothing for this reader (or they revealed it). */
export function gateItem<T extends { id: string }>(
  item: T,
  horizons: readonly GateHorizon[],
  state: ReaderState,
): GateResult<T> {
  const reasons = spoilerReasons(horizons, state);
  if (!reasons.length) return { shown: { ...item, revealed: false } as ShownItem<T> };
  if (state.reveals.has(item.id)) return { shown: { ...item, revealed: true } as ShownItem<T> };
  return { hidden: { id: item.id, hidden: true, reasons } };
}

/** What a hidden card says: "reveals My Liberation Notes ep. 11; you are at ep. 10". */
export function describeReason(reason: HiddenReason, showTitle: string): string {
  const where =
    reason.watched === null
      ? "you don't follow it"
      : reason.watched === 0
        ? "you haven't started it"
        : `you are at ep. ${reason.watched}`;
  return `reveals ${showTitle} ep. ${reason.throughEpisode}; ${where}`;
}
