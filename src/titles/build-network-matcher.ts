import { isCommonWord } from './common-words.js';
import { titleWords } from './normalize-title.js';
import type { NetworkEntry, NetworkMatcher, NetworkVariant } from './title-types.js';

/**
 * Two alternations over every network name, alias and Hangul name: one case-sensitive, for all-caps acronyms
 * ("JTBC", "KBS 2TV": "jtbc" in a URL path is not the channel) and Hangul names, one case-insensitive for the rest
 * ("tvN", "Netflix", "Disney+"). Spaces and hyphens inside a name are optional ("KBS 2TV" / "KBS2TV"), and a name
 * ending in "+" may be spelled out ("Disney Plus").
 */

const hangulRe = /[\uac00-\ud7a3]/;

/** The key a written network name is looked up by: spaces and hyphens dropped, case kept. */
export function networkVariantKey(text: string): string {
  return text.replace(/[\s\-‐–]+/g, '');
}

function spellings(network: NetworkEntry): string[] {
  const names = [network.name, ...network.aliases, ...(network.hangul ? [network.hangul] : [])];
  const out = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    out.add(name);
    if (name.endsWith('+') && name.length > 1) out.add(`${name.slice(0, -1).trim()} Plus`);
  }
  return [...out];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function alternation(names: string[], flags: string): RegExp | null {
  if (!names.length) return null;
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const parts = sorted.map((n) =>
    n
      .split(/[\s\-‐–]+/)
      .map(escapeRe)
      .join('[\\s\\-‐–]?'),
  );
  return new RegExp(parts.join('|'), flags);
}

export function buildNetworkMatcher(networks: NetworkEntry[]): NetworkMatcher {
  const exactVariants = new Map<string, NetworkVariant>();
  const looseVariants = new Map<string, NetworkVariant>();
  const exact: string[] = [];
  const loose: string[] = [];
  for (const network of networks)
    for (const name of spellings(network)) {
      const hangul = hangulRe.test(name);
      const caseSensitive = hangul || !/\p{Ll}/u.test(name);
      const words = titleWords(name);
      const needsCapital = !caseSensitive && words.length > 0 && words.every(isCommonWord);
      const variant: NetworkVariant = { networkId: network.id, caseSensitive, needsCapital, hangul };
      const key = networkVariantKey(name);
      if (caseSensitive) {
        if (!exactVariants.has(key)) exactVariants.set(key, variant);
        exact.push(name);
      } else {
        if (!looseVariants.has(key.toLowerCase())) looseVariants.set(key.toLowerCase(), variant);
        loose.push(name);
      }
    }
  return { exact: alternation(exact, 'gu'), loose: alternation(loose, 'giu'), exactVariants, looseVariants };
}
