import { parentPort } from 'node:worker_threads';
import type { Catalog } from '../catalog/catalog-schema.js';
import { extractArticle } from '../extract/extract-article.js';
import { buildLinker, type Linker } from '../link/build-linker.js';
import { analyzeArticle } from './analyze-article.js';

/** Messages from the pool: a catalog to index (once per catalog version), then texts to analyse with it. */
export type WorkerRequest =
  | { type: 'catalog'; version: number; catalog: Catalog }
  | { type: 'analyze'; id: number; text: string; published: string | null; today?: string };
export type WorkerReply = { id: number; ok: true; analysis: unknown } | { id: number; ok: false; error: WorkerError };
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
  details?: string[];
}

let linker: Linker | null = null;
parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'catalog') {
    linker = buildLinker(message.catalog);
    return;
  }
  try {
    if (!linker) throw new Error('the analysis worker has no catalog');
    const doc = extractArticle({ bytes: new TextEncoder().encode(message.text), published: message.published });
    const analysis = analyzeArticle(doc, linker, message.today ? { today: message.today } : {});
    parentPort?.postMessage({ id: message.id, ok: true, analysis } satisfies WorkerReply);
  } catch (error) {
    const e = error as Error & { code?: string; details?: string[] };
    parentPort?.postMessage({
      id: message.id,
      ok: false,
      error: { name: e.name, message: e.message, code: e.code, details: e.details },
    } satisfies WorkerReply);
  }
});
