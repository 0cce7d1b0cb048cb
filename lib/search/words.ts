/**
 * Words as search compares them: a text cut into folded words (normalize.ts) with the original
 * spelling of each kept beside it, and the function words that carry no meaning in a query.
 * (Misspellings are weighed by lib/names' editDistance.)
 */
import { AR_ALLAH, isArabicJoiner, isArabicWord } from "../names/arabic";
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
    // A zero-width (non-)joiner stays inside its word ("حزب‌الله"), as fold() and the page read it.
    .replace(/\u200c|\u200d/g, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    // A possessive is the name itself: "Kadhimi’s residence" names Kadhimi.
    .replace(/(?<=\p{L})['’]s(?!\p{L})/gu, "")
    .replace(/['’‘ʿʾ`´]/g, "");
  const out: Words = { folded: [], raw: [] };
  let joinNext = false;
  for (const piece of plain.split(/[^\p{L}\p{N}]+/u)) {
    const f = piece === "" ? "" : fold(piece);
    if (f === "" || f.includes(" ")) continue;
    // Arabic script as fold() reads it: "الله" joins the word before, "عبد"/"ابو" the next.
    const last = out.folded.length - 1;
    if (
      isArabicWord(f) &&
      last >= 0 &&
      isArabicWord(out.folded[last] as string) &&
      (joinNext || f === AR_ALLAH)
    ) {
      out.folded[last] += f;
      out.raw[last] += ` ${piece}`;
      joinNext = false;
      continue;
    }
    joinNext = isArabicWord(f) && isArabicJoiner(f);
    out.folded.push(f);
    out.raw.push(piece);
  }
  return out;
}
