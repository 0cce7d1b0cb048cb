/**
 * Approximate string search: where in `text` does `pattern` occur with at most `maxErrors`
 * edits (insertions, deletions, substitutions)? Sellers' dynamic programme with Ukkonen's
 * cut-off, which only computes the rows that can still stay within the bound, so the usual
 * cost is O(maxErrors × text length). Each cell carries where its best alignment began.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Best non-overlapping matches of `pattern` in `text[from, to)`, in text order. */
export function searchApprox(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproxMatch[] {
  const m = pattern.length;
  const k = Math.min(maxErrors, m);
  if (m === 0) return [];
  const cost = new Int32Array(m + 1);
  const begin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    begin[i] = from;
  }
  let lastActive = k; // the last row whose cost is ≤ k
  const matches: ApproxMatch[] = [];
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diagCost = cost[0] as number;
    let diagBegin = begin[0] as number;
    cost[0] = 0;
    begin[0] = j + 1;
    const limit = Math.min(m, lastActive + 1);
    let active = 0;
    for (let i = 1; i <= limit; i++) {
      const leftCost = i <= lastActive ? (cost[i] as number) : k + 1;
      const leftBegin = begin[i] as number;
      // Diagonal: match or substitute. Left: skip a text character. Up: skip a pattern character.
      let best = diagCost + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestBegin = diagBegin;
      if (leftCost + 1 < best) {
        best = leftCost + 1;
        bestBegin = leftBegin;
      }
      const up = (cost[i - 1] as number) + 1;
      if (up < best) {
        best = up;
        bestBegin = begin[i - 1] as number;
      }
      diagCost = leftCost;
      diagBegin = leftBegin;
      cost[i] = best;
      begin[i] = bestBegin;
      if (best <= k) active = i;
    }
    lastActive = active;
    if (lastActive === m) {
      const found = { start: begin[m] as number, end: j + 1, errors: cost[m] as number };
      const prev = matches[matches.length - 1];
      if (prev && found.start < prev.end) {
        if (found.errors < prev.errors) matches[matches.length - 1] = found;
      } else matches.push(found);
    }
  }
  return matches;
}
