import type { Catalog } from '../src/catalog/catalog-schema.js';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same texts. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const filler = [
  'The drama drew attention from viewers at home and abroad after its latest broadcast.',
  'According to the production company, filming wrapped last month in Seoul and Jeju.',
  'Netizens praised the chemistry between the two leads in online communities.',
  'The series recorded its highest viewership ratings so far, according to Nielsen Korea.',
  'Meanwhile, the cast shared behind-the-scenes photos on social media.',
  'Fans are looking forward to how the story will unfold in the second half.',
  'The director said in a press conference that the script moved him from the first page.',
  'New York and the Han River appear in the opening scenes, which were shot on location.',
];

/** Spellings the press uses for a canonical "Family Given-name" romanization. */
function respell(name: string, rnd: () => number): string {
  const [family, ...rest] = name.split(' ');
  const given = rest.join(' ');
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `${family} ${given.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())}`;
    case 1:
      return `${family} ${given.replace(/-/g, '')}`;
    case 2:
      return `${given.replace(/-/g, '')} ${family}`;
    case 3:
      return `${family}'s`.replace(`${family}'s`, `${family} ${given}'s`);
    default:
      return name;
  }
}

/**
 * Generated news articles of about `bytes` bytes naming people and shows of the catalog; with `paragraph` set, a
 * blank line after every `paragraph` pairs of sentences (as real articles come), otherwise one line.
 */
export function makeArticles(catalog: Catalog, count: number, bytes: number, seed = 7, paragraph = 0): string[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const show = pick(catalog.shows);
      const person = pick(catalog.people);
      const sentence =
        rnd() < 0.5
          ? `${respell(person.name, rnd)} stars in “${show.title}” alongside ${respell(pick(catalog.people).name, rnd)}. ${pick(filler)}`
          : `${pick(filler)} In episode ${1 + Math.floor(rnd() * 16)} of ${show.title}, ${respell(person.name, rnd)} surprised viewers.`;
      parts.push(paragraph && parts.length % paragraph === paragraph - 1 ? `${sentence}\n\n` : `${sentence} `);
      size += Buffer.byteLength(sentence) + 1;
    }
    articles.push(parts.join('').trim());
  }
  return articles;
}
