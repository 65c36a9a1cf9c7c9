/** At most `perHost` requests at a time to any one host, so a source with many feeds is not hammered. */
export interface HostLimiter {
  run<T>(url: string, fn: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost = 2): HostLimiter {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const hostOf = (url: string) => {
    try {
      return new URL(url).host.toLowerCase();
    } catch {
      return url;
    }
  };
  return {
    async run(url, fn) {
      const host = hostOf(url);
      if ((active.get(host) ?? 0) >= perHost)
        await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
      active.set(host, (active.get(host) ?? 0) + 1);
      try {
        return await fn();
      } finally {
        active.set(host, (active.get(host) ?? 1) - 1);
        const next = waiting.get(host)?.shift();
        if (next) next();
        if ((active.get(host) ?? 0) === 0 && !waiting.get(host)?.length) {
          active.delete(host);
          waiting.delete(host);
        }
      }
    },
  };
}

/** Runs `fn` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
