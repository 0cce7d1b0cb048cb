/**
 * A candidate filter for large datasets: an inverted index of letter pairs (bigrams) in every
 * folded field, so a query is compared by Fuse only with the records that share most of its
 * letter pairs, not with all of them. Fuse's bitap scan costs time in proportion to all the text
 * it reads; at 10,000 entities that is far over a keystroke's budget, at the real dataset's size
 * it is not, and there the filter is not used at all (SearchOptions.prefilterAbove).
 */
import type { SearchDoc } from "./docs";

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

export class GramIndex {
  private readonly postings = new Map<string, number[]>();
  /** For one-letter queries: records with a word of a name or alias starting with that letter. */
  private readonly initials = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(docs: readonly SearchDoc[]) {
    this.counts = new Uint16Array(docs.length);
    docs.forEach((doc, i) => {
      const grams = new Set<string>();
      const firsts = new Set<string>();
      for (const text of [doc.name, ...doc.aliases]) {
        for (const g of bigrams(text)) grams.add(g);
        for (const w of text.split(" ")) if (w) firsts.add(w[0] as string);
      }
      for (const text of [doc.role, ...doc.affiliations]) for (const g of bigrams(text)) grams.add(g);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(i);
        else this.postings.set(g, [i]);
      }
      for (const c of firsts) {
        const list = this.initials.get(c);
        if (list) list.push(i);
        else this.initials.set(c, [i]);
      }
    });
  }

  /**
   * Indexes of the records most likely to match the folded query `q`: those sharing the most of
   * its letter pairs (at least a third of them), at most `max`, in record order.
   */
  candidates(q: string, max: number): number[] {
    if (q.length < 2) return (this.initials.get(q) ?? []).slice(0, max);
    const grams = [...bigrams(q)];
    const counts = this.counts;
    counts.fill(0);
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of this.postings.get(g) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] as number) + 1;
      }
    }
    const need = Math.max(1, Math.ceil(grams.length / 3));
    let kept = touched.filter((i) => (counts[i] as number) >= need);
    if (kept.length > max) {
      kept.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
      kept = kept.slice(0, max);
    }
    return kept.sort((a, b) => a - b);
  }
}
