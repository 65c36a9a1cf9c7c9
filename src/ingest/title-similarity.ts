/**
 * Trigram similarity as pg_trgm computes it (each word padded with two spaces before and one after; the share of
 * trigrams two strings have in common), for titles already folded by `titleKeyOf`. Computed here rather than in SQL
 * because a feed's fifty titles against the few thousand of the days around them is far cheaper in memory.
 */
export function trigramsOf(key: string): Set<string> {
  const grams = new Set<string>();
  for (const word of key.split(' ')) {
    if (!word) continue;
    const padded = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3).join(''));
  }
  return grams;
}

export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}
