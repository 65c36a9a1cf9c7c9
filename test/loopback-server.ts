import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route's key is a path, or a folder ending in `/*` that answers for every path in it. */
export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Full control: write the response yourself (endless streams, slow answers). */
  handle?(req: http.IncomingMessage, res: http.ServerResponse): void;
}

export interface LoopbackServer {
  url(path: string): string;
  routes: Map<string, Route>;
  /** Requests seen, as "METHOD path" with the headers that matter for politeness. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (a free port) that answers from a route table; tests serve their fixtures from it. */
export async function startLoopbackServer(routes: Record<string, Route> = {}): Promise<LoopbackServer> {
  const table = new Map(Object.entries(routes));
  const requests: LoopbackServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route =
      table.get(path) ?? table.get(path.split('?')[0]) ?? table.get(path.split('?')[0].replace(/\/[^/]*$/, '/*'));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.handle) return route.handle(req, res);
    const etag = route.headers?.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes: table,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
