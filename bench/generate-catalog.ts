import { readFileSync } from 'node:fs';
import type { Catalog, Person, Show } from '../src/catalog/catalog-schema.js';
import { random } from './make-articles.js';

/** Name syllables with their most common press spelling, from the real-world table. */
function syllables(): Array<{ hangul: string; spelling: string }> {
  return readFileSync(new URL('../data/roman-syllables.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [hangul, rr, , variants] = line.split('\t');
      return { hangul, spelling: (variants?.split(',')[0] || rr).trim() };
    });
}

const surnames = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
  '황',
  '안',
  '송',
  '전',
  '홍',
  '유',
  '고',
  '문',
  '양',
  '손',
  '배',
  '백',
  '허',
  '남',
  '심',
  '노',
  '하',
  '곽',
  '성',
  '차',
  '주',
  '우',
  '구',
  '민',
  '류',
  '나',
  '진',
  '지',
  '엄',
  '채',
  '원',
  '천',
  '방',
  '공',
  '현',
];
const words = [
  'Moon',
  'Secret',
  'Garden',
  'Love',
  'Queen',
  'King',
  'Doctor',
  'Lawyer',
  'City',
  'Night',
  'Summer',
  'Winter',
  'Blue',
  'Red',
  'Golden',
  'Hidden',
  'Last',
  'First',
  'Happy',
  'Crazy',
  'Sweet',
  'Dark',
  'River',
  'Island',
  'Class',
  'Family',
  'House',
  'Office',
  'Hospital',
  'School',
  'Detective',
  'Chef',
  'Star',
  'Dream',
  'Heart',
  'Road',
  'Sky',
  'Ocean',
  'Storm',
  'Flower',
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A deterministic catalog of the size the linker must handle (50,000 people, 10,000 shows in the benchmark): Korean
 * names built from the syllable table with their common spellings, English-like titles, Hangul titles and casts.
 */
export function generateCatalog(opts: { people: number; shows: number; seed: number }): Catalog {
  const rnd = random(opts.seed);
  const table = syllables();
  const bySyllable = new Map(table.map((s) => [s.hangul, s.spelling]));
  const given = table.filter((s) => !surnames.includes(s.hangul) || s.hangul === '지' || s.hangul === '우');
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const people: Person[] = [];
  const seen = new Set<string>();
  while (people.length < opts.people) {
    const family = pick(surnames);
    const [a, b] = [pick(given), pick(given)];
    const hangul = family + a.hangul + b.hangul;
    if (seen.has(hangul)) continue;
    seen.add(hangul);
    const name = `${cap(bySyllable.get(family) ?? 'kim')} ${cap(a.spelling)}-${b.spelling}`;
    people.push({ id: `p${people.length}`, name, hangul });
  }
  const shows: Show[] = [];
  for (let i = 0; i < opts.shows; i++) {
    const title = `${pick(words)} ${pick(words)}${rnd() < 0.3 ? ` ${pick(words)}` : ''} ${i}`;
    const hangul = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => pick(table).hangul).join('');
    const cast = Array.from({ length: 5 }, () => pick(people)).map((p) => ({
      person: p.id,
      character: `${cap(bySyllable.get(pick(surnames)) ?? 'kim')} ${cap(pick(given).spelling)}-${pick(given).spelling}`,
    }));
    shows.push({ id: `s${i}`, title, hangul, network: 'net', episodeCount: 16, cast });
  }
  return { networks: [{ id: 'net', name: 'Generated Network' }], people, shows };
}
