import type { IngestDeps } from '../ingest/ingest-deps.js';
import { prepareItem } from '../ingest/prepare-item.js';
import { demoLoadedMetaKey, findStoredDemoNames } from '../store/demo-repository.js';
import { insertItems, type NewItem } from '../store/items-repository.js';
import { setMeta } from '../store/meta-repository.js';
import { bundledDemoItems, type DemoItem, type DemoSource, readDemoItems } from './read-demo-items.js';

export interface DemoLoadResult {
  added: number;
  /** Items stored already (a second load skips them all). */
  skipped: number;
}

/**
 * A demo item through the ingest pipeline (sanitize, analyse) as a feed entry with no feed and no URL; its name is its
 * GUID, and its id is keyed from that like any entry's (an id that says nothing about it).
 */
async function prepareDemoItem(demo: DemoItem, deps: IngestDeps): Promise<NewItem> {
  const item = await prepareItem(
    {
      guid: demo.id,
      url: null,
      title: demo.title,
      contentHtml: demo.bodyHtml,
      summaryHtml: null,
      publishedAt: demo.publishedAt,
      author: demo.author,
      imageUrl: null,
      imageCaption: null,
      imageCredit: null,
      // A demo video has no real video behind it, so no video id: only its media type says it is one.
      video: null,
    },
    { feedId: null, sourceName: demo.sourceName },
    deps,
  );
  return { ...item, mediaType: demo.mediaType };
}

/**
 * Loads the bundled demo items (or `source`): validated first (an invalid file stores nothing), then sanitised,
 * analysed and stored like ingested items, all in one transaction, with no feed. Items stored already are skipped,
 * so loading twice adds nothing. Records in the meta table that the demo was loaded.
 */
export async function loadDemoItems(
  deps: IngestDeps,
  source: DemoSource = bundledDemoItems(),
): Promise<DemoLoadResult> {
  const demo = readDemoItems(source);
  const stored = await findStoredDemoNames(
    deps.db,
    demo.map((d) => d.id),
  );
  const items: NewItem[] = [];
  for (const d of demo) if (!stored.has(d.id)) items.push(await prepareDemoItem(d, deps));
  const added = await insertItems(deps.db, items);
  await setMeta(deps.db, demoLoadedMetaKey, deps.now().toISOString());
  return { added: added.size, skipped: demo.length - added.size };
}
