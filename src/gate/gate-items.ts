import { type Translate, translator } from '../i18n/translate.js';

/**
 * The spoiler gate: the only code that can turn a stored item into one a page or the API may show. A `ShownItem`
 * can only be made here (its brand is a module-private symbol), so a view that takes `ShownItem` cannot be handed an
 * ungated item by mistake; everything else gets a `HiddenCard` that says what the item would reveal and why, and
 * carries nothing of the item's own text or images.
 */
declare const shown: unique symbol;

/** The API's language (its `text` fields); pages and the safe feed pass the reader's. */
const english = translator('en');

export interface GateHorizon {
  showId: string;
  throughEpisode: number;
  /** How sure the analyser is of the episode (src/spoilers/README.md, "Confidence"); absent: sure. */
  confidence?: number;
}

/** A horizon below this confidence is unsure: the episode is a guess (src/spoilers/README.md, "Confidence"). */
export const unsureBelow = 0.7;

export type UnsurePolicy = 'hide' | 'warn';

export function isUnsure(h: GateHorizon): boolean {
  return h.confidence !== undefined && h.confidence < unsureBelow;
}

export interface ReaderState {
  /** Per show followed: the last episode watched (0 = none yet). Shows not in the map are not followed. */
  progress: ReadonlyMap<string, number>;
  /** Items the reader chose to reveal, one by one. */
  reveals: ReadonlySet<string>;
  /** Shows the reader does not follow: hide all their plot, or show everything. */
  unfollowedPolicy: 'hide' | 'show';
  /**
   * Items that only unsure horizons of followed shows would hide: hide them (the default) or show them with a
   * warning naming those horizons.
   */
  unsurePolicy?: UnsurePolicy;
}

export type ShownItem<T> = T & {
  readonly [shown]: true;
  readonly revealed: boolean;
  /** Unsure horizons past the reader's progress it was shown despite (their policy is `warn`); empty otherwise. */
  readonly warnings: readonly HiddenReason[];
};

export interface HiddenReason {
  showId: string;
  /** The last episode the item reveals. */
  throughEpisode: number;
  /** The reader's progress on that show, or null when they do not follow it. */
  watched: number | null;
  /** The analyser is unsure of the episode (see `isUnsure`). */
  unsure?: boolean;
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
    if (h.throughEpisode <= watched) return [];
    return [{ showId: h.showId, throughEpisode: h.throughEpisode, watched, ...(isUnsure(h) ? { unsure: true } : {}) }];
  });
}

/** True when a reason only warns this reader: an unsure horizon of a followed show, under the `warn` policy. */
function onlyWarns(reason: HiddenReason, state: ReaderState): boolean {
  return state.unsurePolicy === 'warn' && reason.unsure === true && reason.watched !== null;
}

/** The reasons that hide an item from this reader (the others only warn); empty when it may be shown. */
export function hidingReasons(horizons: readonly GateHorizon[], state: ReaderState): HiddenReason[] {
  return spoilerReasons(horizons, state).filter((r) => !onlyWarns(r, state));
}

/** Whether this horizon hides its item from the reader: `hidingReasons` for one horizon, without building reasons. */
function hides(h: GateHorizon, state: ReaderState): boolean {
  const watched = state.progress.get(h.showId);
  if (watched === undefined) return state.unfollowedPolicy === 'hide' && h.throughEpisode > 0;
  return h.throughEpisode > watched && !(state.unsurePolicy === 'warn' && isUnsure(h));
}

/**
 * Whether the gate shows this item to the reader (for counting: `gateItem` makes what a page shows). The same
 * decision as `hidingReasons` (a test holds them equal), without allocating: the feed's unread count asks it for
 * each of the thousand newest items on every page.
 */
export function passesGate(id: string, horizons: readonly GateHorizon[], state: ReaderState): boolean {
  if (!horizons.length || state.reveals.has(id)) return true;
  for (const h of horizons) if (hides(h, state)) return false;
  return true;
}

/** Passes an item through the gate: shown when it spoils nothing for this reader (or they revealed it). */
export function gateItem<T extends { id: string }>(
  item: T,
  horizons: readonly GateHorizon[],
  state: ReaderState,
): GateResult<T> {
  const pass = (revealed: boolean, warnings: HiddenReason[]) => ({
    shown: { ...item, revealed, warnings } as unknown as ShownItem<T>,
  });
  const reasons = spoilerReasons(horizons, state);
  if (!reasons.length) return pass(false, []);
  if (state.reveals.has(item.id)) return pass(true, []);
  if (reasons.every((r) => onlyWarns(r, state))) return pass(false, reasons);
  return { hidden: { id: item.id, hidden: true, reasons } };
}

/** What a hidden card says, in the catalogue's words: "reveals My Liberation Notes ep. 11; you are at ep. 10". */
export function describeReason(reason: HiddenReason, showTitle: string, t: Translate = english): string {
  return t('reason.hidden', { show: showTitle, episode: reason.throughEpisode, watched: reason.watched });
}

/** What a warning says: "may reveal My Liberation Notes ep. 11 (the analyser is unsure of the episode); …". */
export function describeWarning(reason: HiddenReason, showTitle: string, t: Translate = english): string {
  return t('reason.unsure', { show: showTitle, episode: reason.throughEpisode, watched: reason.watched });
}
