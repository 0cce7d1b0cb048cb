/** What the tokenizer knows about one distinct raw token, and how it is built. */
import { AR_ALLAH, cliticLength, cliticSplits, isArabicJoiner, isArabicWord } from "../names/arabic";
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
  /** Arabic script. */
  ar: boolean;
  /** Code units of one-letter proclitics left out of the front ("و" of "والكاظمي"), or 0. */
  cl: number;
}

/** Apostrophes, ayn/hamza signs and periods: left out of `bare`. */
const APOS_DOT = /['’‘ʿʾʼʻʽ`´.]/g;

/** Builds a TokInfo for a raw token; `lookup` maps a phonetic key to its dictionary id. */
export function makeInfo(raw: string, lookup: (key: string) => number): TokInfo {
  let l = light(raw);
  const ar = isArabicWord(l);
  let cl = 0;
  let id = lookup(phoneticKey(l));
  // Proclitics ("وبالحشد", "للكاظمي"): only when the whole word is no alias word ("بدر" stays
  // Badr) and the rest is one, or starts a joined name ("وأبو مهدي", "لحزب الله").
  if (ar && id < 0)
    for (const s of cliticSplits(l)) {
      const rid = lookup(s.rest);
      if (rid >= 0 || isArabicJoiner(s.rest) || lookup(s.rest + AR_ALLAH) >= 0) {
        l = s.rest;
        id = rid;
        cl = cliticLength(raw, s.letters);
        break;
      }
    }
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
    id,
    art: articleKind(l),
    abd: isAbdPrefix(l) || (ar && isArabicJoiner(l)),
    cap,
    caps: letters >= 2 && upper === letters,
    allah: l === "allah" || l === "ullah" || l === AR_ALLAH,
    bare: raw.replace(APOS_DOT, ""),
    ar,
    cl,
  };
}
