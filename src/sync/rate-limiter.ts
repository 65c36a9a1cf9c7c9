/** Spaces requests at least `intervalMs` apart, so a sync stays well under a source's rate limit. */
export interface RateLimiter {
  wait(): Promise<void>;
  /** Holds every request until `ms` from now (a 429's Retry-After). */
  pause(ms: number): void;
}

export function createRateLimiter(intervalMs: number, sleep = defaultSleep): RateLimiter {
  let next = 0;
  return {
    async wait() {
      const now = Date.now();
      const at = Math.max(now, next);
      next = at + intervalMs;
      if (at > now) await sleep(at - now);
    },
    pause(ms) {
      next = Math.max(next, Date.now() + ms);
    },
  };
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
