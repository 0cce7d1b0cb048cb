/**
 * Candidates that name the same new actor, clustered: the same folded name ("Mohammedawi" /
 * "Muhammadawi"), a shorter form of a longer name ("Fadak al-Mohammedawi"), a bare surname after
 * the full name ("Mardini"), and a page-defined acronym ("CMC"). Pure.
 */
import { fold } from "../names/fold";
import type { Candidate, CandidateType } from "./candidates";

export interface Cluster {
  type: CandidateType;
  why: string;
  /** Spellings, the longest first seen first. */
  variants: string[];
  mentions: Candidate[];
}

const isSub = (short: string[], long: string[]): boolean => {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((w, k) => w === long[i + k])) return true;
  return false;
};

/** Keys of a name: its folded words. */
const keyOf = (text: string) => fold(text).split(" ").filter(Boolean);

export function clusterCandidates(cands: readonly Candidate[]): Cluster[] {
  const clusters: { c: Cluster; keys: string[][]; acronyms: Set<string> }[] = [];
  // Longer names first, so that a short form finds the name it shortens.
  const order = [...cands].sort((a, b) => keyOf(b.text).length - keyOf(a.text).length || a.start - b.start);
  for (const cand of order) {
    const k = keyOf(cand.text);
    if (k.length === 0) continue;
    const home = clusters.find(
      (x) =>
        x.acronyms.has(cand.text) ||
        x.keys.some(
          (y) =>
            y.join(" ") === k.join(" ") ||
            // A shorter form: a person's surname alone or any run of a longer name's words.
            (x.c.type === cand.type && isSub(k, y) && (cand.type === "group" ? k.length >= 2 : true)),
        ),
    );
    if (home) {
      home.c.mentions.push(cand);
      if (!home.c.variants.includes(cand.text)) home.c.variants.push(cand.text);
      if (!home.keys.some((y) => y.join(" ") === k.join(" "))) home.keys.push(k);
      if (cand.acronym) home.acronyms.add(cand.acronym);
      continue;
    }
    clusters.push({
      c: { type: cand.type, why: cand.why, variants: [cand.text], mentions: [cand] },
      keys: [k],
      acronyms: new Set(cand.acronym ? [cand.acronym] : []),
    });
  }
  for (const x of clusters) {
    for (const a of x.acronyms) if (!x.c.variants.includes(a)) x.c.variants.push(a);
    x.c.mentions.sort((a, b) => a.start - b.start);
  }
  return clusters.map((x) => x.c).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
