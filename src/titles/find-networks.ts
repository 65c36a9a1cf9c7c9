import { networkVariantKey } from './build-network-matcher.js';
import { isHangulParticle } from './hangul-particles.js';
import { isUpperLetter } from './normalize-title.js';
import type { NetworkMatch, NetworkVariant, TitleIndex } from './title-types.js';

const wordChar = /[\p{L}\p{N}_]/u;
const hangulRun = /^[\uac00-\ud7a3]+/;

/**
 * Not glued to a word of the same script before it, nor inside a URL, an address or a handle ("news.jtbc.co.kr",
 * "@JTBC"); a hashtag names the network ("#tvN" in a video title); a Latin name may touch Hangul ("JTBC에서"), a
 * Hangul name only a particle ("넷플릭스에서").
 */
function clearBefore(text: string, start: number, variant: NetworkVariant): boolean {
  if (start === 0) return true;
  const prev = text[start - 1];
  if (hangulRun.test(prev)) return !variant.hangul;
  return !wordChar.test(prev) && prev !== '/' && prev !== '.' && prev !== '@';
}

function clearAfter(text: string, end: number, variant: NetworkVariant): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (hangulRun.test(next)) return !variant.hangul || isHangulParticle(hangulRun.exec(text.slice(end, end + 6))![0]);
  if (wordChar.test(next) || next === '/') return false;
  return !(next === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
}

/** Every mention of a network by name, alias or Hangul name, in text order (possessives: the name without "’s"). */
export function findNetworks(text: string, index: TitleIndex): NetworkMatch[] {
  const { exact, loose, exactVariants, looseVariants } = index.networkMatcher;
  const found: NetworkMatch[] = [];
  const run = (re: RegExp | null, lookup: (s: string) => NetworkVariant | undefined) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const variant = lookup(networkVariantKey(m[0]));
      re.lastIndex = end;
      if (!variant || !clearBefore(text, start, variant) || !clearAfter(text, end, variant)) {
        re.lastIndex = start + 1;
        continue;
      }
      if (variant.needsCapital && !isUpperLetter(m[0][0])) continue;
      const sameCase = variant.caseSensitive || looseSpellingMatches(m[0], index, variant);
      found.push({ start, end, text: m[0], networkId: variant.networkId, confidence: sameCase ? 0.95 : 0.85 });
    }
  };
  run(exact, (s) => exactVariants.get(s));
  run(loose, (s) => looseVariants.get(s.toLowerCase()));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NetworkMatch[] = [];
  for (const m of found) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/** Whether a case-insensitive match is written as one of the network's own spellings ("tvN" rather than "TVN"). */
function looseSpellingMatches(written: string, index: TitleIndex, variant: NetworkVariant): boolean {
  const network = index.networks.find((n) => n.id === variant.networkId);
  if (!network) return false;
  const key = networkVariantKey(written);
  return [network.name, ...network.aliases].some((n) => networkVariantKey(n) === key);
}
