import type { Correction } from "../../../lib/corrections/types";

let n = 0;

/** A stored correction, as the background writes one. */
export function makeCorrection(over: Partial<Correction> = {}): Correction {
  n++;
  return {
    id: `c-${n}`,
    kind: "not",
    spelling: "Hadi al-Ameri",
    entity: "hadi-al-amiri",
    scope: "site",
    sentence: "Badr chief Hadi al-Ameri said on Monday",
    url: "https://news.example/article",
    site: "news.example",
    title: "An article",
    createdAt: 1_700_000_000_000 + n,
    ...over,
  };
}
