import { Agent, request } from 'node:http';

export interface LoadRequest {
  path: string;
  cookie?: string;
}

export interface LoadResult {
  requests: number;
  /** Answers other than 200, refused or reset connections, and requests over the timeout. */
  errors: number;
  /** The first few errors, to say what went wrong. */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  port: number;
  clients: number;
  seconds: number;
  /** The next request a client sends (client index, request number of that client). */
  next(client: number, n: number): LoadRequest;
  /** A request taking longer than this counts as an error. */
  timeoutMs?: number;
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function send(agent: Agent, port: number, r: LoadRequest, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: r.path, agent, headers: r.cookie ? { cookie: r.cookie } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200 ? null : `${r.path}: HTTP ${res.statusCode}`));
        res.on('error', (e) => resolve(`${r.path}: ${e.message}`));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (e) => resolve(`${r.path}: ${e.message}`));
    req.end();
  });
}

/**
 * A closed-loop load on a loopback server: `clients` clients, each sending its next request as soon as the last one
 * was answered, for `seconds`; every latency is kept (answers counted whether they succeeded or not).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + options.seconds * 1000;
  const client = async (index: number) => {
    for (let n = 0; performance.now() < end; n++) {
      const started = performance.now();
      const error = await send(agent, options.port, options.next(index, n), timeoutMs);
      latencies.push(performance.now() - started);
      if (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    errorSamples,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
  };
}
