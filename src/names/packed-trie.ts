/**
 * A character trie over sorted keys packed in typed arrays: node `n`'s children are the edges
 * `firstEdge[n] .. firstEdge[n + 1]`, sorted by code unit, and `keyAt[n]` is the index of the key that ends there
 * (-1 if none). Reading walks one code unit at a time, in contiguous memory and with no strings built; the arrays
 * are copied as they are into and out of a cache file.
 */
export interface PackedTrie {
  /** Node n's edges are firstEdge[n] .. firstEdge[n + 1]; the root is node 0. */
  firstEdge: Int32Array;
  /** The index (in the sorted keys) of the key that ends at a node, or -1. */
  keyAt: Int32Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
}

/** The trie of `keys`, which must be sorted by code unit and unique. */
export function packTrie(keys: string[]): PackedTrie {
  // Breadth-first over ranges of the sorted keys (the keys below a node are a contiguous range), so that node ids
  // come in the order nodes are expanded and each node's edges are contiguous.
  // One node per distinct prefix: each key adds those of its code units past what it shares with the key before.
  let cap = 1;
  for (let i = 0; i < keys.length; i++) {
    const [a, b] = [keys[i - 1] ?? '', keys[i]];
    let shared = 0;
    while (shared < a.length && shared < b.length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
    cap += b.length - shared;
  }
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
  // `cap` is the number of nodes (one edge fewer): views, not copies (up to 15 MB a trie at 200,000 people).
  return {
    firstEdge: firstEdge.subarray(0, nodes + 1),
    keyAt: keyAt.subarray(0, nodes),
    edgeCode: edgeCode.subarray(0, edges),
    edgeTarget: edgeTarget.subarray(0, edges),
  };
}

/** The child of `node` along code unit `code`, or -1. */
export function childOf(trie: PackedTrie, node: number, code: number): number {
  const { firstEdge, edgeCode, edgeTarget } = trie;
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

/** The node `text` leads to from `node`, or -1. */
export function walkTrie(trie: PackedTrie, text: string, node = 0): number {
  for (let i = 0; i < text.length && node >= 0; i++) node = childOf(trie, node, text.charCodeAt(i));
  return node;
}

export const hasChildren = (trie: PackedTrie, node: number) => trie.firstEdge[node + 1] > trie.firstEdge[node];

/** The keys the trie was packed from, by their index (for tests and tools: it builds a string per node). */
export function trieKeys(trie: PackedTrie): string[] {
  const prefix = [''];
  const keys: string[] = [];
  for (let n = 0; n < trie.keyAt.length; n++) {
    if (trie.keyAt[n] >= 0) keys[trie.keyAt[n]] = prefix[n];
    for (let e = trie.firstEdge[n]; e < trie.firstEdge[n + 1]; e++)
      prefix[trie.edgeTarget[e]] = prefix[n] + String.fromCharCode(trie.edgeCode[e]);
  }
  return keys;
}
