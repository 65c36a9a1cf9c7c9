import { buildLooseIndex } from './build-loose-index.js';
import { buildNetworkMatcher } from './build-network-matcher.js';
import { isCommonWord, isOrdinaryPhrase } from './common-words.js';
import { buildKeyTable } from './key-table.js';
import { titleKey } from './normalize-title.js';
import { countSyllables, romanizedKeys } from './romanize-title.js';
import type { IndexedForm, KeyTable, NetworkEntry, TitleEntry, TitleForm, TitleIndex } from './title-types.js';

const hangulRe = /[\uac00-\ud7a3]/;

/** Keys this short are too easily part of something else. */
const MIN_STRONG_KEY = 4;

/**
 * The index every text is scanned against, built once per catalog: each show's title, aliases, Hangul title and
 * its romanizations under their normal keys, each marked weak when it is short or made of ordinary words (such
 * titles are linked only with support from the text around them), and the network names.
 */
export function buildTitleIndex(shows: TitleEntry[], networks: NetworkEntry[]): TitleIndex {
  const pairs: Array<[string, IndexedForm]> = [];
  const written = new Set<string>();
  const perShow: Array<Map<string, IndexedForm>> = shows.map(() => new Map());
  const add = (show: number, key: string, form: IndexedForm) => {
    if (key.length < 2 || perShow[show].has(key)) return;
    perShow[show].set(key, form);
    pairs.push([key, form]);
  };

  shows.forEach((entry, show) => {
    const spellings: Array<[string, TitleForm]> = [
      [entry.title, 'title'],
      ...entry.aliases.map((a): [string, TitleForm] => [a, 'alias']),
    ];
    for (const [text, form] of spellings) {
      if (hangulRe.test(text)) {
        addHangul(show, text, add);
        continue;
      }
      const { key, words, hadThe } = titleKey(text);
      const weak = key.length < MIN_STRONG_KEY || isOrdinaryPhrase(words);
      add(show, key, { show, form, weak, hadThe, words: words.length });
      written.add(key);
    }
    if (entry.hangul) addHangul(show, entry.hangul, add);
  });

  // Romanizations come last and never stand under a key that is some show's written title.
  shows.forEach((entry, show) => {
    if (!entry.hangul) return;
    for (const key of romanizedKeys(entry.hangul)) {
      if (written.has(key) || isCommonWord(key)) continue;
      add(show, key, { show, form: 'romanized', weak: false, hadThe: false, words: 0 });
    }
  });

  return assembleTitleIndex(shows, networks, buildKeyTable(pairs));
}

/** The index around a key table built from these shows (here, or earlier and read back from the linker cache). */
export function assembleTitleIndex(shows: TitleEntry[], networks: NetworkEntry[], table: KeyTable): TitleIndex {
  return {
    shows,
    networks,
    table,
    networkMatcher: buildNetworkMatcher(networks),
    loose: buildLooseIndex(
      shows,
      networks.flatMap((n) => [n.name, ...n.aliases]),
    ),
  };
}

function addHangul(show: number, text: string, add: (show: number, key: string, form: IndexedForm) => void) {
  const { key, words } = titleKey(text);
  // One or two syllables and nothing else ("마인", "무빙") is too easily an ordinary word or part of one.
  const weak = key.length <= 2 && countSyllables(text) === key.length;
  add(show, key, { show, form: 'hangul', weak, hadThe: false, words: words.length });
}
