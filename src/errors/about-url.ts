/**
 * A message without the URL (or its host) it starts with: fetch errors name what failed ("https://x/feed: HTTP 404",
 * "x: refused …"), and a report that prints the URL next to the reason would print it twice.
 */
export function withoutUrl(url: string, message: string): string {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {}
  for (const prefix of [url, host])
    if (prefix && message.startsWith(`${prefix}: `)) return message.slice(prefix.length + 2);
  return message;
}

/** "URL: reason", the URL printed once. */
export const aboutUrl = (url: string, message: string) => `${url}: ${withoutUrl(url, message)}`;
