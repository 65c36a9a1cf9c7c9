const hasControlCharacter = (s: string) => [...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/**
 * A local path to send the browser back to after a form or a login: "/x?y#z" on this site, never "//evil.example",
 * "/\\evil.example", "https://…" or anything with control characters. Null when the value is not one.
 */
export function localPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000 || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) return null;
  try {
    const base = 'http://haebang.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The path of a same-origin Referer (the page a form was posted from), or null. */
export function refererPath(referer: string | null | undefined, requestUrl: string): string | null {
  if (!referer) return null;
  try {
    const from = new URL(referer);
    if (from.origin !== new URL(requestUrl).origin) return null;
    return localPath(`${from.pathname}${from.search}`);
  } catch {
    return null;
  }
}
