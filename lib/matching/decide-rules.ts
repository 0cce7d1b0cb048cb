/** Small rules of the decision step: the fixed reasons, set tests, what proves the page on topic. */
import type { Candidate } from "./match-types";
import { CONFIDENT, type LinkReason, type Mention } from "./types";

export const EXACT: LinkReason = Object.freeze({ kind: "exact", text: "exact alias" });
export const FUZZY: LinkReason = Object.freeze({ kind: "variant", text: "close spelling of a name (fuzzy)" });

export function anyIn(ents: number[], set: { has(e: number): boolean }): boolean {
  for (const e of ents) if (set.has(e)) return true;
  return false;
}

export function allIn(ents: number[], set: { has(e: number): boolean }): boolean {
  for (const e of ents) if (!set.has(e)) return false;
  return true;
}

/** A candidate that, linked, proves the page is about our domain. */
export function isConf(o: Candidate): boolean {
  return !o.ambiguous && o.conf >= CONFIDENT && !o.common && !o.shortAcronym;
}

/** Confident candidates of a text other than `c`. */
export function confidentOthers(cands: Candidate[], c: Candidate | null): number {
  let n = 0;
  for (const o of cands) if (o !== c && isConf(o)) n++;
  return n;
}

/** Prepositions of place: a respelt surname after them is a town ("in Sulaimani"). */
export const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "inside", "across", "around", "towards"]);

export function sortByStart(ms: Mention[]): Mention[] {
  return ms.sort((x, y) => x.start - y.start);
}
