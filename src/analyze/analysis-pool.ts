import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors/app-error.js';
import type { Linker } from '../link/build-linker.js';
import type { Analysis } from './analysis-types.js';
import type { WorkerReply, WorkerRequest } from './analysis-worker-main.js';

/** Compiled (dist/), the worker is plain JavaScript; run as TypeScript (vitest, tsx), it goes through tsx's loader. */
const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./analysis-worker.mjs', import.meta.url)
  : new URL('./analysis-worker-main.js', import.meta.url);

/** An analysis that runs longer than this is stopped (its worker ended) and answered with `analysis.timeout`. */
export const analysisTimeoutMs = 10_000;

export interface AnalysisPool {
  /** Extracts and analyses a pasted text off the event loop, with the linker's catalog. */
  analyze(input: { text: string; published: string | null; today?: string }, linker: Linker): Promise<Analysis>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  catalogVersion: number;
}

/**
 * A small pool of worker threads for CPU-heavy analysis, so a long text never holds up the server's other requests.
 * Each worker builds its own linker from the catalog, again whenever the catalog changes; a task waits when all
 * workers are busy; one that outlives `timeoutMs` ends its worker (a fresh one takes its place).
 */
export function createAnalysisPool(options: { size?: number; timeoutMs?: number } = {}): AnalysisPool {
  const size = options.size ?? 1;
  const timeoutMs = options.timeoutMs ?? analysisTimeoutMs;
  const slots: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  const versions = new WeakMap<Linker, number>();
  let nextVersion = 1;
  let nextId = 1;

  const spawn = (): Slot => {
    const worker = new Worker(workerUrl);
    worker.unref();
    return { worker, busy: false, catalogVersion: 0 };
  };
  const acquire = (): Promise<Slot> => {
    const free = slots.find((s) => !s.busy);
    if (free) return Promise.resolve(free);
    if (slots.length < size) {
      const slot = spawn();
      slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    const next = waiting.shift();
    if (next) next(slot);
  };
  const replace = (slot: Slot): Slot => {
    void slot.worker.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    return fresh;
  };

  return {
    async analyze(input, linker) {
      if (!linker.catalog) throw new Error('the linker carries no catalog for the analysis workers');
      let version = versions.get(linker);
      if (!version) {
        version = nextVersion++;
        versions.set(linker, version);
      }
      let slot = await acquire();
      slot.busy = true;
      if (slot.catalogVersion !== version) {
        slot.worker.postMessage({ type: 'catalog', version, catalog: linker.catalog } satisfies WorkerRequest);
        slot.catalogVersion = version;
      }
      const id = nextId++;
      const { worker } = slot;
      try {
        return await new Promise<Analysis>((resolve, reject) => {
          const done = () => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
          };
          const onMessage = (reply: WorkerReply) => {
            if (reply.id !== id) return;
            done();
            if (reply.ok) resolve(reply.analysis as Analysis);
            else
              reject(
                reply.error.code
                  ? new AppError(reply.error.code as ErrorCode, reply.error.message, { details: reply.error.details })
                  : new Error(reply.error.message),
              );
          };
          const onError = (error: Error) => {
            done();
            slot = replace(slot);
            reject(error);
          };
          const timer = setTimeout(() => {
            done();
            slot = replace(slot);
            reject(
              new AppError('analysis.timeout', `the analysis took longer than ${timeoutMs / 1000} s and was stopped`),
            );
          }, timeoutMs);
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.postMessage({ type: 'analyze', id, ...input } satisfies WorkerRequest);
        });
      } finally {
        release(slot);
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
