import type { IndexedForm, KeyTable } from './title-types.js';

/**
 * The keys of every title as a character trie packed in typed arrays: node `n`'s children are the edges
 * `firstEdge[n] .. firstEdge[n + 1]`, sorted by code unit, and `keyAt[n]` is the key that ends there (-1 if none).
 * Reading a text walks it one code unit at a time, in contiguous memory and with no strings built.
 */

/** Keys shorter than two code units are not indexed (nothing that short is a title worth finding). */
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

  // Breadth-first over ranges of the sorted keys (the keys below a node are a contiguous range), so that node ids
  // come in the order nodes are expanded and each node's edges are contiguous.
  const cap = keys.reduce((n, k) => n + k.length, 1);
  const lo = new Int32Array(cap);
  const hi = new Int32Array(cap);
  const depth = new Int32Array(cap);
  const keyAt = new Int32Array(cap).fill(-1);
  const firstEdge = new Int32Array(cap + 1);
  const edgeCode = new Uint16Array(cap);
  const edgeTarget = new Int32Array(cap);
  hi[0] = keys.length;
  let nodes = 1;
  let edges = 0;
  for (let n = 0; n < nodes; n++) {
    firstEdge[n] = edges;
    let a = lo[n];
    const b = hi[n];
    const d = depth[n];
    if (a < b && keys[a].length === d) keyAt[n] = a++;
    while (a < b) {
      const code = keys[a].charCodeAt(d);
      let e = a + 1;
      while (e < b && keys[e].charCodeAt(d) === code) e++;
      edgeCode[edges] = code;
      edgeTarget[edges++] = nodes;
      lo[nodes] = a;
      hi[nodes] = e;
      depth[nodes++] = d + 1;
      a = e;
    }
  }
  firstEdge[nodes] = edges;
  return {
    keys,
    forms,
    maxLength,
    firstEdge: firstEdge.slice(0, nodes + 1),
    keyAt: keyAt.slice(0, nodes),
    edgeCode: edgeCode.slice(0, edges),
    edgeTarget: edgeTarget.slice(0, edges),
  };
}

/** The child of `node` along code unit `code`, or -1. */
export function childOf(table: KeyTable, node: number, code: number): number {
  const { firstEdge, edgeCode, edgeTarget } = table;
  let lo = firstEdge[node];
  let hi = firstEdge[node + 1];
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (edgeCode[lo] === code) return edgeTarget[lo];
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = edgeCode[mid];
    if (c === code) return edgeTarget[mid];
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** The forms stored under exactly this key, if any (for tests and tools; the scanner walks the trie). */
export function lookupKey(table: KeyTable, key: string): IndexedForm[] | undefined {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = childOf(table, node, key.charCodeAt(i));
  const at = node >= 0 ? table.keyAt[node] : -1;
  return at >= 0 ? table.forms[at] : undefined;
}
