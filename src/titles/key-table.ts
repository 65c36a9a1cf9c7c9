import { packTrie, walkTrie } from '../names/packed-trie.js';
import type { IndexedForm, KeyTable } from './title-types.js';

export { childOf } from '../names/packed-trie.js';

/**
 * The keys of every title as a character trie packed in typed arrays (see ../names/packed-trie.ts). Keys shorter
 * than two code units are not indexed (nothing that short is a title worth finding).
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
  const forms = keys.map((k) => byKey.get(k)!);
  const maxLength = keys.reduce((m, k) => Math.max(m, k.length), 0);
  return { keys, forms, maxLength, ...packTrie(keys) };
}

/** The forms stored under exactly this key, if any (for tests and tools; the scanner walks the trie). */
export function lookupKey(table: KeyTable, key: string): IndexedForm[] | undefined {
  const node = walkTrie(table, key);
  const at = node >= 0 ? table.keyAt[node] : -1;
  return at >= 0 ? table.forms[at] : undefined;
}
