/**
 * Words as search compares them: a text cut into folded words (normalize.ts) with the original
 * spelling of each kept beside it, the function words that carry no meaning in a query, and a
 * bounded edit distance for misspellings.
 */
import { fold } from "./normalize";

/** English function words: a query word among them never decides a match on its own. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "his",
    "her",
    "in",
    "into",
    "is",
    "it",
    "its",
    "of",
    "on",
    "or",
    "that",
    "their",
    "to",
    "was",
    "who",
    "with",
  ].map(fold),
);

export interface Words {
  /** Folded words, in order (the article and punctuation gone, as fold() leaves them). */
  folded: string[];
  /** The same words as written (accents and apostrophes stripped, case kept). */
  raw: string[];
}

/** Cuts a text into words the way fold() does, keeping each word's written form. */
export function words(text: string): Words {
  const plain = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    // A possessive is the name itself: "Kadhimi’s residence" names Kadhimi.
    .replace(/(?<=\p{L})['’]s(?!\p{L})/gu, "")
    .replace(/['’‘ʿʾ`´]/g, "");
  const out: Words = { folded: [], raw: [] };
  for (const piece of plain.split(/[^\p{L}\p{N}]+/u)) {
    const f = piece === "" ? "" : fold(piece);
    if (f === "" || f.includes(" ")) continue;
    out.folded.push(f);
    out.raw.push(piece);
  }
  return out;
}

/**
 * Optimal-string-alignment distance between `a` and `b` (a swap of two neighbours counts one),
 * or `max + 1` as soon as it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}
