import type { Config } from '../config/load-config.js';
import type { IngestDeps } from '../ingest/ingest-deps.js';
import { demoLoadedMetaKey } from '../store/demo-repository.js';
import { countItems } from '../store/items-repository.js';
import { getMeta } from '../store/meta-repository.js';
import { type DemoLoadResult, loadDemoItems } from './load-demo-items.js';

/**
 * At start-up: loads the demo items into a database that has never had them and holds no items at all, so a fresh
 * install shows a working reader at once. Once loaded (and even after `haebang demo remove`) they are not loaded
 * again. `HAEBANG_DEMO_ITEMS=0` turns this off. Returns null when nothing was loaded.
 */
export async function ensureDemoItems(
  deps: IngestDeps,
  config: Pick<Config, 'demoItems'> = { demoItems: true },
): Promise<DemoLoadResult | null> {
  if (!config.demoItems) return null;
  if (await getMeta(deps.db, demoLoadedMetaKey)) return null;
  if ((await countItems(deps.db)) > 0) return null;
  return loadDemoItems(deps);
}
