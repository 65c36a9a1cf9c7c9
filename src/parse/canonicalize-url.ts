/** Query parameters that only track where a click came from; they never change which article a URL names. */
const trackingParams = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|spm|ref_src|cmpid)$/i,
  /^(ref|referrer|from|source|share|sharetype|rss|feed)$/i,
];

/**
 * The canonical form of an article URL for deduplication: http(s) only, lower-case host without `www.`, no
 * fragment, no default port, no tracking parameters, no trailing slash on the path. Returns null for anything that
 * is not an http(s) URL.
 */
export function canonicalizeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  // An ingested entry's URL is asked for several times (known keys, its id, its row): each is worked out once.
  const known = recent.get(value);
  if (known !== undefined) return known;
  const canonical = canonicalOf(value);
  if (recent.size >= recentMax) recent.clear();
  recent.set(value, canonical);
  return canonical;
}

const recent = new Map<string, string | null>();
const recentMax = 4096;

function canonicalOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const key of [...url.searchParams.keys()])
    if (trackingParams.some((p) => p.test(key))) url.searchParams.delete(key);
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  // Scheme does not matter for identity: an outlet's http and https URLs name the same article.
  return url.toString().replace(/^https?:\/\//, '//');
}
