/** How an ambiguous match is decided from the evidence on the page. */
import { pick } from "./pick";

/** Entity index → ambiguous result: the entity or null, a confidence factor, which evidence (-1: none). */
export type Resolve = (
  cands: number[],
  counts: Map<number, number>,
  ahead: Map<number, number>,
) => [number | null, number, number];

/** A resolver over the index's affiliations (pairs of related entity indexes, flat). */
export function resolver(rel: readonly number[]): Resolve {
  const related = new Map<number, number[]>();
  const relate = (x: number, y: number) => related.set(x, [...(related.get(x) ?? []), y]);
  for (let k = 0; k + 1 < rel.length; k += 2) {
    relate(rel[k] as number, rel[k + 1] as number);
    relate(rel[k + 1] as number, rel[k] as number);
  }
  /** Candidates with a related entity (affiliation) linked on the page; the only one, or null. */
  const byContext = (
    cands: number[],
    counts: Map<number, number>,
    ahead: Map<number, number>,
  ): number | null => {
    const hits = cands.filter((c) =>
      (related.get(c) ?? []).some((r) => (counts.get(r) ?? 0) + (ahead.get(r) ?? 0) > 0),
    );
    return hits.length === 1 ? (hits[0] as number) : null;
  };

  /**
   * Evidence for an ambiguous match, strongest first: earlier mentions on the page (this text and
   * the session's earlier texts); mentions later in this text; an affiliated entity mentioned on
   * the page. Returns the entity and a confidence factor, or [null, 0.5].
   */
  return (cands, counts, ahead) => {
    const before = pick(cands, counts);
    if (before !== null) return [before, 0.9, 0];
    const after = pick(cands, ahead);
    if (after !== null) return [after, 0.8, 1];
    if (cands.every((e) => !counts.has(e) && !ahead.has(e))) {
      const ctx = byContext(cands, counts, ahead);
      if (ctx !== null) return [ctx, 0.7, 2];
    }
    return [null, 0.5, -1];
  };
}
