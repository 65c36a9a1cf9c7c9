import { packTrie, walkTrie } from '../names/packed-trie.js';
import type { IndexedForm, KeyTable, TitleForm } from './title-types.js';

export { childOf } from '../names/packed-trie.js';

/** The forms' order in `KeyTable.formBits`. */
const titleForms: TitleForm[] = ['title', 'alias', 'hangul', 'romanized', 'loose'];

/**
 * The keys of every title as a character trie packed in typed arrays (see ../names/packed-trie.ts), each key's forms
 * in the order they were given. Keys shorter than two code units are not indexed (nothing that short is a title
 * worth finding).
 */
export function buildKeyTable(pairs: Array<[string, IndexedForm]>): KeyTable {
  const byKey = new Map<string, IndexedForm[]>();
  for (const [key, form] of pairs) {
    if (key.length < 2) continue;
    const list = byKey.get(key);
    if (list) list.push(form);
    else byKey.set(key, [form]);
  }
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = keys.reduce((n, k) => n + (byKey.get(k)?.length ?? 0), 0);
  const formStart = new Int32Array(keys.length + 1);
  const formShow = new Int32Array(count);
  const formBits = new Uint8Array(count);
  const formWords = new Uint16Array(count);
  let f = 0;
  keys.forEach((key, k) => {
    formStart[k] = f;
    for (const form of byKey.get(key) ?? []) {
      formShow[f] = form.show;
      formBits[f] = titleForms.indexOf(form.form) * 4 + (form.weak ? 2 : 0) + (form.hadThe ? 1 : 0);
      formWords[f++] = form.words;
    }
  });
  formStart[keys.length] = f;
  const maxLength = keys.reduce((m, k) => Math.max(m, k.length), 0);
  return { ...packTrie(keys), formStart, formShow, formBits, formWords, maxLength };
}

/** The forms stored under the k-th key, as objects (a few per hit: the table holds none). */
export function formsAt(table: KeyTable, k: number): IndexedForm[] {
  const forms: IndexedForm[] = [];
  for (let f = table.formStart[k]; f < table.formStart[k + 1]; f++) {
    const bits = table.formBits[f];
    forms.push({
      show: table.formShow[f],
      form: titleForms[bits >> 2],
      weak: (bits & 2) !== 0,
      hadThe: (bits & 1) !== 0,
      words: table.formWords[f],
    });
  }
  return forms;
}

/** The forms stored under exactly this key, if any (for tests and tools; the scanner walks the trie). */
export function lookupKey(table: KeyTable, key: string): IndexedForm[] | undefined {
  const node = walkTrie(table, key);
  const at = node >= 0 ? table.keyAt[node] : -1;
  return at >= 0 ? formsAt(table, at) : undefined;
}
