/**
 * The loaded automaton, ready to step: the goto function grouped by token (for token t, the
 * pairs (state, child) in tokStart[t]..tokStart[t+1]), failure links, the pattern each state
 * ends and dictionary links. Built once per matcher from the index's flat rows (automaton.ts).
 */
import type { CompiledIndex } from "./types";

/** A tuple, not an object: the content script's bundle keeps property names, not these. */
export type Stepper = [
  /** The state after reading token `tok` in `state`, following failure links. */
  step: (state: number, tok: number) => number,
  /** Pattern row a state ends, or -1. */
  out: Int32Array,
  /** Dictionary links: the nearest state on the failure chain that ends a pattern. */
  dict: Int32Array,
];

export function stepper(index: CompiledIndex): Stepper {
  const nStates = index.fail.length + 1;
  const nKeys = index.keys.length;
  const tokStart = new Int32Array(nKeys + 1);
  const edges = index.edges;
  for (let e = 1; e < edges.length; e += 2) (tokStart[(edges[e] as number) + 1] as number)++;
  for (let t = 0; t < nKeys; t++) tokStart[t + 1] = (tokStart[t + 1] as number) + (tokStart[t] as number);
  const fill = tokStart.slice(0, nKeys);
  const pairs = new Int32Array(edges.length);
  for (let e = 0, s = 1; e < edges.length; e += 2, s++) {
    const t = edges[e + 1] as number;
    const at = (fill[t] as number) * 2;
    fill[t] = (fill[t] as number) + 1;
    pairs[at] = edges[e] as number;
    pairs[at + 1] = s;
  }
  const fail = new Int32Array(nStates);
  fail.set(index.fail, 1);
  const out = new Int32Array(nStates).fill(-1);
  index.patterns.forEach((row, ri) => {
    out[row[0] as number] = ri;
  });
  const dict = new Int32Array(nStates);
  for (let s = 1; s < nStates; s++) {
    const f = fail[s] as number;
    dict[s] = (out[f] as number) >= 0 ? f : (dict[f] as number);
  }

  const step = (state: number, tok: number): number => {
    const lo = (tokStart[tok] as number) * 2;
    const hi = (tokStart[tok + 1] as number) * 2;
    for (;;) {
      // States are few per token: a linear scan, binary search when many.
      if (hi - lo <= 16) {
        for (let p = lo; p < hi; p += 2) if (pairs[p] === state) return pairs[p + 1] as number;
      } else {
        let a = lo / 2;
        let b = hi / 2 - 1;
        while (a <= b) {
          const mid = (a + b) >> 1;
          const v = pairs[mid * 2] as number;
          if (v === state) return pairs[mid * 2 + 1] as number;
          if (v < state) a = mid + 1;
          else b = mid - 1;
        }
      }
      if (state === 0) return 0;
      state = fail[state] as number;
    }
  };
  return [step, out, dict];
}
