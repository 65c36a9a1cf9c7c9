import { type ChildProcess, spawn } from 'node:child_process';

const bin = new URL('../bin/haebang.js', import.meta.url).pathname;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Where a test's haebang processes keep their data: an embedded database directory or a PostgreSQL URL. */
export type Storage = { dataDir: string } | { databaseUrl: string };

const storageArgs = (storage: Storage) =>
  'dataDir' in storage ? ['--data-dir', storage.dataDir] : ['--database-url', storage.databaseUrl];
const env = { ...process.env, CI: '', DATABASE_URL: '', HAEBANG_ALLOW_PRIVATE_FETCH: '1', HAEBANG_DEMO_ITEMS: '0' };

/** Starts the real CLI (bin/haebang.js); `input` goes to its standard input. */
export function startHaebang(storage: Storage, args: string[], input = ''): ChildProcess & { result: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...storageArgs(storage), ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end(input);
  const result = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return Object.assign(child, { result });
}

export const haebang = (storage: Storage, args: string[], input = '') => startHaebang(storage, args, input).result;

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Ctrl-C (SIGINT), and the exit status. */
  stop(): Promise<number | null>;
}

/** `haebang serve` on a free port, once it says where it listens. */
export async function startServe(storage: Storage, extraEnv: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, ...storageArgs(storage), 'serve', '--port', '0'], {
    env: { ...env, ...extraEnv },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const m = /haebang is running at (http:\/\/\S+?)\/\s/.exec(output);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

/** A client of one server's API that keeps its session cookie and CSRF token. */
export class ApiClient {
  private cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}

  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the route answers
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookie = /haebang_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '');
    if (cookie) this.cookie = cookie[0];
    const text = await res.text();
    return { status: res.status, json: text.startsWith('{') ? JSON.parse(text) : text };
  }

  /** Logs in (or, with `/api/setup`, creates the owner) and keeps the session. */
  async login(name: string, password: string, path = '/api/session'): Promise<number> {
    const r = await this.call('POST', path, { name, password });
    if (r.status < 300) this.csrf = r.json.csrfToken;
    return r.status;
  }
}
