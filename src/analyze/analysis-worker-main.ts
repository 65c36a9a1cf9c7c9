import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/extract-article.js';
import { analyzeWith, type ContentTask, prepareContent } from '../ingest/prepare-content.js';
import { type Linker, linkerOf } from '../link/build-linker.js';
import { CharacterTable } from '../link/character-table.js';
import { analyzeArticle } from './analyze-article.js';

/** A task for a worker: a pasted text to extract and analyse, or an ingested item's content to prepare. */
export type WorkerTask =
  | { type: 'analyze'; text: string; published: string | null; today?: string }
  | { type: 'prepare'; task: ContentTask; version: string };
/** Messages from the pool: the linker's indexes (once per catalog version), then tasks to run with them. */
export type WorkerRequest =
  | { type: 'linker'; version: number; parts: Omit<Linker, 'link'> }
  | (WorkerTask & { id: number });
export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: WorkerError };
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
  details?: string[];
}

let linker: Linker | null = null;
parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'linker') {
    const { view } = message.parts;
    linker = linkerOf({ ...message.parts, view: { ...view, characters: CharacterTable.revive(view.characters) } });
    parentPort?.postMessage({ ready: true } satisfies WorkerReply);
    return;
  }
  try {
    if (!linker) throw new Error('the analysis worker has no catalog');
    let result: unknown;
    if (message.type === 'prepare') result = prepareContent(message.task, analyzeWith(linker, message.version));
    else {
      const doc = extractArticle({ bytes: new TextEncoder().encode(message.text), published: message.published });
      result = analyzeArticle(doc, linker, message.today ? { today: message.today } : {});
    }
    parentPort?.postMessage({ id: message.id, ok: true, result } satisfies WorkerReply);
  } catch (error) {
    const e = error as Error & { code?: string; details?: string[] };
    parentPort?.postMessage({
      id: message.id,
      ok: false,
      error: { name: e.name, message: e.message, code: e.code, details: e.details },
    } satisfies WorkerReply);
  }
});
