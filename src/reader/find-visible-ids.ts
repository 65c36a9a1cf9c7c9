import { type GateHorizon, hidingReasons } from '../gate/gate-items.js';
import { readHorizons } from '../store/reader-repository.js';
import type { Reader, ReaderDeps } from './reader-deps.js';

/**
 * Which of these items the reader may see (nothing past their progress, or revealed), reading only the items'
 * horizons: for counting and picking among many candidates before loading the few that are shown.
 */
export async function findVisibleIds(deps: ReaderDeps, reader: Reader, ids: string[]): Promise<Set<string>> {
  const horizons = new Map<string, GateHorizon[]>();
  for (const h of await readHorizons(deps.db, ids)) {
    const list = horizons.get(h.item_id) ?? [];
    list.push({ showId: h.show_id, throughEpisode: h.through_episode, confidence: h.confidence });
    horizons.set(h.item_id, list);
  }
  return new Set(
    ids.filter((id) => reader.state.reveals.has(id) || !hidingReasons(horizons.get(id) ?? [], reader.state).length),
  );
}
