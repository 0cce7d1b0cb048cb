/**
 * The Aho–Corasick automaton over token-key sequences: a trie with states numbered
 * breadth-first and failure links. The compiler (compile.ts) builds it at build time, and the
 * packed index (pack.ts) rebuilds it from the alias rows when it is loaded: the same function,
 * so both give the same states.
 */

export interface AutomatonRows {
  /** Token-key ids of the sequence. */
  seq: number[];
  /** [entity, flags, text, …] */
  entries: number[];
}

export function buildAutomaton(rows: readonly AutomatonRows[]): {
  edges: number[];
  fail: number[];
  patterns: number[][];
} {
  // Trie, states numbered breadth-first.
  const sorted = rows;
  type Node = { next: Map<number, Node>; id: number; row: number };
  const root: Node = { next: new Map(), id: 0, row: -1 };
  sorted.forEach((row, ri) => {
    let node = root;
    for (const k of row.seq) {
      let nx = node.next.get(k);
      if (!nx) {
        nx = { next: new Map(), id: -1, row: -1 };
        node.next.set(k, nx);
      }
      node = nx;
    }
    node.row = ri;
  });
  const edges: number[] = [];
  const order: Node[] = [root];
  const parentOf: number[] = [-1];
  const tokOf: number[] = [-1];
  for (let q = 0; q < order.length; q++) {
    const node = order[q] as Node;
    const kids = [...node.next.entries()].sort((a, b) => a[0] - b[0]);
    for (const [tok, kid] of kids) {
      kid.id = order.length;
      order.push(kid);
      parentOf.push(node.id);
      tokOf.push(tok);
      edges.push(node.id, tok);
    }
  }
  // Failure links, breadth-first.
  const fail: number[] = new Array(order.length).fill(0);
  const go = (s: number, tok: number): number => {
    for (;;) {
      const kid = (order[s] as Node).next.get(tok);
      if (kid) return kid.id;
      if (s === 0) return 0;
      s = fail[s] as number;
    }
  };
  for (let s = 1; s < order.length; s++) {
    const p = parentOf[s] as number;
    fail[s] = p === 0 ? 0 : go(fail[p] as number, tokOf[s] as number);
  }
  const patterns = sorted.map((row) => {
    let node = root;
    for (const k of row.seq) node = node.next.get(k) as Node;
    return [node.id, row.seq.length, ...row.entries];
  });
  return { edges, fail: fail.slice(1), patterns };
}
