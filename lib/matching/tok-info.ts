/** What the tokenizer knows about one distinct raw token, and how it is built. */
import { articleKind, isAbdPrefix, light, phoneticKey } from "./normalize";

/** What the tokenizer knows about one distinct raw token; cached by its raw text. */
export interface TokInfo {
  light: string;
  key: string;
  /** Id of `key` in the index's token dictionary, or -1. */
  id: number;
  /** 1 for al/el, 2 for a sun-letter article (ash-, ad-), 0 otherwise. */
  art: 0 | 1 | 2;
  abd: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("PMF", "U.S."). */
  caps: boolean;
  /** "Allah" / "ullah": joins the word before it. */
  allah: boolean;
  /** The raw token without apostrophes and periods (case-sensitive aliases compare it). */
  bare: string;
}

/** Apostrophes, ayn/hamza signs and periods: left out of `bare`. */
const APOS_DOT = /['’‘ʿʾʼʻʽ`´.]/g;

/** Builds a TokInfo for a raw token; `lookup` maps a phonetic key to its dictionary id. */
export function makeInfo(raw: string, lookup: (key: string) => number): TokInfo {
  const l = light(raw);
  const key = phoneticKey(l);
  const first = raw.charAt(0);
  const cap = first !== first.toLowerCase();
  let letters = 0;
  let upper = 0;
  for (const ch of raw) {
    const lo = ch.toLowerCase();
    if (lo !== ch.toUpperCase()) {
      letters++;
      if (ch !== lo) upper++;
    }
  }
  return {
    light: l,
    key,
    id: lookup(key),
    art: articleKind(l),
    abd: isAbdPrefix(l),
    cap,
    caps: letters >= 2 && upper === letters,
    allah: l === "allah" || l === "ullah",
    bare: raw.replace(APOS_DOT, ""),
  };
}
