/**
 * The evidence rule for an ambiguous match: among its candidates, the one mentioned most so far
 * (unambiguous mentions and earlier resolved ones), if it is mentioned and at least twice as
 * often as any other candidate. Otherwise null: the mention stays ambiguous.
 */
export function pick(cands: number[], counts: Map<number, number>): number | null {
  let best = -1;
  let top = 0;
  let second = 0;
  for (const e of cands) {
    const n = counts.get(e) ?? 0;
    if (n > top) {
      second = top;
      top = n;
      best = e;
    } else if (n > second) second = n;
  }
  if (top === 0 || top < 2 * second) return null;
  return best;
}
