import type { Catalog } from '../catalog/catalog-schema.js';
import { AppError } from '../errors/app-error.js';
import type { SourceRef, SyncSource } from './synced-show.js';

/** A `--show` argument to the source's id: a source id as is, a catalog id by its stored source id or title, or a title. */
export async function resolveShowRef(source: SyncSource, text: string, catalog: Catalog): Promise<SourceRef> {
  const direct = source.parseRef(text);
  if (direct !== null) return direct;
  const stored = catalog.shows.find((s) => s.id === text.trim());
  const stored_id = stored?.ids?.[source.name];
  if (stored_id !== undefined) return stored_id;
  const title = stored?.title ?? text.trim();
  const found = await source.findShow(title);
  if (found === null) throw new AppError('sync.not-found', `${source.name} has no Korean series titled "${title}"`);
  return found;
}
