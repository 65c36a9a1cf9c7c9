import { trackerHostPatterns } from './sanitize-policy.js';

/** Longer image URLs are refused (a URL that long is a payload, not an address). */
export const imageUrlMaxLength = 2048;

/**
 * An item's image URL (from a feed's enclosure or media elements, the content or the page's og:image) as it may be
 * stored and shown: absolute (resolved against `base`), https only (an http image is mixed content and tells a
 * network who reads what), no user name or password in it, not from a tracker host, at most 2 KB. Anything else is
 * null: the item is then shown without an image.
 */
export function safeImageUrl(url: string | null | undefined, base?: string | null): string | null {
  const raw = url?.trim();
  if (!raw || raw.length > imageUrlMaxLength || /[\s\p{Cc}]/u.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw, base ?? undefined);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return null;
  if (trackerHostPatterns.some((p) => p.test(parsed.hostname))) return null;
  return parsed.href.length > imageUrlMaxLength ? null : parsed.href;
}
