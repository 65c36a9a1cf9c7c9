import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors/app-error.js';
import type { ContentTask, PreparedContent } from '../ingest/prepare-content.js';
import type { Linker } from '../link/build-linker.js';
import type { Analysis } from './analysis-types.js';
import type { WorkerReply, WorkerRequest, WorkerTask } from './analysis-worker-main.js';

/** Compiled (dist/), the worker is plain JavaScript; run as TypeScript (vitest, tsx), it goes through tsx's loader. */
const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./analysis-worker.mjs', import.meta.url)
  : new URL('./analysis-worker-main.js', import.meta.url);

/** An analysis that runs longer than this is stopped (its worker ended) and answered with `analysis.timeout`. */
export const analysisTimeoutMs = 10_000;

export interface AnalysisPool {
  /** Extracts and analyses a pasted text off the event loop, with the linker's catalog. */
  analyze(input: { text: string; published: string | null; today?: string }, linker: Linker): Promise<Analysis>;
  /** An ingested item's CPU work (document, sanitised HTML, analysis rows) off the event loop; see prepareContent. */
  prepare(task: ContentTask, linker: Linker, version: string): Promise<PreparedContent>;
  /** How many worker threads it runs at most. */
  size: number;
  /** Whether a task started now would run at once (a worker is free, or one more may start). */
  idle(): boolean;
  /** Starts every worker and gives it the linker, so the first tasks do not wait for that. */
  warm(linker: Linker): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  catalogVersion: number;
  /** Resolves once the worker has loaded its modules and the linker: a task's time runs from then. */
  ready: Promise<void>;
}

/**
 * A small pool of worker threads for CPU-heavy analysis, so a long text never holds up the server's other requests.
 * Each worker gets a copy of the linker's indexes (structured clone, as the linker cache stores them: no rebuild),
 * again whenever the catalog changes; a task waits when all workers are busy; one that outlives `timeoutMs` ends its
 * worker (a fresh one takes its place).
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
    return { worker, busy: false, catalogVersion: 0, ready: Promise.resolve() };
  };
  // A slot is marked busy here, synchronously: two tasks started in one tick never share a worker.
  const acquire = (): Promise<Slot> => {
    let slot = slots.find((s) => !s.busy);
    if (!slot && slots.length < size) {
      slot = spawn();
      slots.push(slot);
    }
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    const next = waiting.shift();
    if (next) {
      slot.busy = true;
      next(slot);
    }
  };
  const replace = (slot: Slot): Slot => {
    void slot.worker.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    return fresh;
  };

  const run = async <T>(task: WorkerTask, linker: Linker): Promise<T> => {
    let version = versions.get(linker);
    if (!version) {
      version = nextVersion++;
      versions.set(linker, version);
    }
    let slot = await acquire();
    if (slot.catalogVersion !== version) {
      const { link: _link, ...parts } = linker;
      const { worker } = slot;
      slot.ready = new Promise<void>((resolve, reject) => {
        const onReady = (reply: WorkerReply) => {
          if (!('ready' in reply)) return;
          worker.off('message', onReady).off('error', reject);
          resolve();
        };
        worker.on('message', onReady).once('error', reject);
      });
      worker.postMessage({ type: 'linker', version, parts } satisfies WorkerRequest);
      slot.catalogVersion = version;
    }
    try {
      await slot.ready;
    } catch (error) {
      slot = replace(slot);
      release(slot);
      throw error;
    }
    const id = nextId++;
    const { worker } = slot;
    try {
      return await new Promise<T>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
        };
        const onMessage = (reply: WorkerReply) => {
          if ('ready' in reply || reply.id !== id) return;
          done();
          if (reply.ok) resolve(reply.result as T);
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
        worker.postMessage({ ...task, id } satisfies WorkerRequest);
      });
    } finally {
      release(slot);
    }
  };

  return {
    size,
    idle: () => slots.length < size || slots.some((s) => !s.busy),
    analyze: (input, linker) => run<Analysis>({ type: 'analyze', ...input }, linker),
    prepare: (task, linker, version) => run<PreparedContent>({ type: 'prepare', task, version }, linker),
    async warm(linker) {
      const task = { html: '', opts: { headline: null, published: null }, today: '2000-01-01' };
      await Promise.all(Array.from({ length: size }, () => run({ type: 'prepare', task, version: '' }, linker)));
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
