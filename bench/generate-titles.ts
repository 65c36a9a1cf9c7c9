import type { NetworkEntry, TitleEntry } from '../src/titles/title-types.js';
import { random } from './make-articles.js';

/**
 * Deterministic English-like K-drama titles, Hangul titles and 2 KB news texts for the title benchmark. Titles
 * mix ordinary words ("My Secret Garden"), invented names ("Dohwan"), numbers and Hangul; some collide, as real
 * catalogs do.
 */

/** The same seed gives the same catalog and texts on every run. */
export const seeded = random;

const adjectives = (
  'secret silent little crazy lovely strange golden hidden eternal brave wild sweet bitter frozen last first dear ' +
  'lonely royal rich quiet broken shining gentle fierce distant restless blue scarlet tender reckless'
).split(' ');
const nouns = (
  'garden doctor lawyer queen prince castle river moon summer winter spring heart kingdom signal stranger detective ' +
  'chef family hospital class island village teacher soldier painter singer diary letter promise season night ' +
  'station bakery library tower harbor mountain forest'
).split(' ');
const places = 'Seoul Busan Jeju Itaewon Gangnam Hongdae Incheon Daegu Mokpo Sokcho'.split(' ');
const onsets = 'b d g h j k m n p s t ch y'.split(' ');
const vowels = 'a e i o u ae eo eu yeo wo'.split(' ');
const codas = ['', '', 'n', 'ng', 'k', 'l', 'm'];
const networkNames: Array<[string, string[]]> = [
  ['JTBC', []],
  ['tvN', []],
  ['KBS', ['KBS2', 'KBS 2TV']],
  ['SBS', []],
  ['MBC', []],
  ['ENA', []],
  ['OCN', []],
  ['Netflix', []],
  ['Disney+', ['Disney Plus']],
  ['Coupang Play', []],
];

export function generateNetworks(): NetworkEntry[] {
  return networkNames.map(([name, aliases]) => ({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, aliases }));
}

function invent(rnd: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  let word = '';
  for (let i = 0, n = 2 + Math.floor(rnd() * 2); i < n; i++) word += pick(onsets) + pick(vowels) + pick(codas);
  return word[0].toUpperCase() + word.slice(1);
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

function hangulTitle(rnd: () => number): string {
  const words: string[] = [];
  for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
    let w = '';
    for (let j = 0, m = 2 + Math.floor(rnd() * 3); j < m; j++)
      w += String.fromCharCode(0xac00 + Math.floor(rnd() * 11172));
    words.push(w);
  }
  return words.join(' ');
}

export function generateTitleEntries(count: number, seed = 42): TitleEntry[] {
  const rnd = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const networks = generateNetworks();
  // Weighted as a catalog might be: mostly distinct titles, a few bare ordinary words that collide.
  const patterns: Array<[number, () => string]> = [
    [3, () => `My ${cap(pick(adjectives))} ${cap(pick(nouns))}`],
    [3, () => `The ${cap(pick(nouns))} of ${invent(rnd)}`],
    [2, () => `${cap(pick(adjectives))} ${cap(pick(nouns))}`],
    [4, () => invent(rnd)],
    [4, () => `${invent(rnd)} ${cap(pick(nouns))}`],
    [2, () => `${pick(places)} ${cap(pick(nouns))} ${1 + Math.floor(rnd() * 3)}`],
    [1, () => `When the ${cap(pick(nouns))} Meets the ${cap(pick(nouns))}`],
    [0.2, () => cap(pick(nouns))],
  ];
  const total = patterns.reduce((n, [w]) => n + w, 0);
  const pattern = () => {
    let r = rnd() * total;
    for (const [w, make] of patterns) {
      r -= w;
      if (r < 0) return make();
    }
    return patterns[0][1]();
  };
  const shows: TitleEntry[] = [];
  for (let i = 0; i < count; i++) {
    const title = pattern();
    const aliases = rnd() < 0.3 ? [`${invent(rnd)} ${invent(rnd)}`] : [];
    shows.push({ showId: `show-${i}`, title, aliases, hangul: hangulTitle(rnd), networkId: pick(networks).id });
  }
  return shows;
}

const filler = [
  'The drama drew attention from viewers at home and abroad after its latest broadcast.',
  'According to the production company, filming wrapped last month in Seoul and Jeju.',
  'Netizens praised the chemistry between the two leads in online communities.',
  'I was moving house that week, so a stranger on the train told me the signal was weak.',
  'Meanwhile, the cast shared behind-the-scenes photos on social media.',
  '시청자들의 뜨거운 반응 속에 최고 시청률을 경신했다.',
];

/** News-like texts of about `bytes` bytes naming shows (quoted, plain, lower case, Hangul) and networks. */
export function makeTitleTexts(
  shows: TitleEntry[],
  networks: NetworkEntry[],
  count: number,
  bytes: number,
  seed = 7,
): string[] {
  const rnd = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const forms: Array<(s: TitleEntry) => string> = [
    (s) => `${pick(networks).name}’s “${s.title}” topped the charts again.`,
    (s) => `In episode ${1 + Math.floor(rnd() * 16)} of ${s.title}, the leads finally met.`,
    (s) => `fans of ${s.title.toLowerCase()} gathered online.`,
    (s) => `드라마 ${s.hangul}는 ${pick(networks).name}에서 방송된다.`,
  ];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const sentence = rnd() < 0.6 ? pick(forms)(pick(shows)) : pick(filler);
      parts.push(sentence, rnd() < 0.2 ? '\n' : ' ');
      size += Buffer.byteLength(sentence) + 1;
    }
    texts.push(parts.join('').trimEnd());
  }
  return texts;
}
