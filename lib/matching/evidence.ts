/**
 * The linker's rules of evidence, apart from the scanner: how far a variant may be from its
 * alias, which neighbouring words do not make a longer name, what a title-case line is, and the
 * Schwartz–Hearst test for an abbreviation the page defines. Design: docs/matching.md.
 */
import { NOT_GIVEN_NAMES } from "./normalize";

/**
 * Highest translitCost (lib/names) of a one-word variant: anywhere, and where capitals mean
 * nothing (a sentence start, a title-case line) or the word is short (under 5 letters).
 */
export const VARIANT_LIMIT_ONE = 0.75;
export const VARIANT_LIMIT_START = 0.5;
/** Per word of a variant of several words (two matching words are evidence of their own). */
export const VARIANT_LIMIT_WORD = 0.75;

/**
 * Capitalised words that may stand next to a name without making it part of a longer one:
 * titles, function words, demonyms (NOT_GIVEN_NAMES) and the type words of our names (here,
 * without those NOT_GIVEN_NAMES has).
 */
const TYPE_WORDS = new Set(
  (
    "battalion battalions movements organization organisation corps militias army alliance " +
    "coalition front council committee commission government administration cabinet ministry " +
    "office bloc list current trend faction factions groups fighters unit units command state " +
    "department house service services agency network members member official officials " +
    "spokesperson chairman head commanders generals ministers adviser advisor aide aides " +
    "supporters loyalists camp era regime sir lord st dear longtime yesterday today tonight " +
    "meanwhile however earlier later now last next instead still all many most some several new " +
    "old top senior junior north south east west northern southern eastern central upper lower " +
    "greater"
  ).split(" "),
);

/** True when a capitalised neighbour (light form) is no name word of its own. */
export function freeNeighbour(light: string): boolean {
  return NOT_GIVEN_NAMES.has(light) || TYPE_WORDS.has(light) || ENGLISH_WORD_SHAPE.test(light);
}

/** English word shapes that are seldom names: "-ing", "-ly", "-tion"… */
export const ENGLISH_WORD_SHAPE = /(?:ing|ly|ous|ful|ive|tion|ment|ness|ism|ist|ists)$/;

/** Titles that make a following surname or short form a person's ("President Trump"). */
export const PERSON_TITLES = new Set(
  (
    "mr mrs ms dr president prime minister premier secretary senator sen rep ambassador envoy ayatollah " +
    "sheikh shaykh sheik sayyid imam cleric general gen commander chief speaker judge justice leader"
  ).split(" "),
);

/**
 * Schwartz–Hearst: every letter of the short form is found in the long form, right to left, in
 * order, and its first letter starts a word of the long form.
 */
export function abbreviates(short: string, long: string): boolean {
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = (short[s] as string).toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    while (
      l >= 0 &&
      ((long[l] as string).toLowerCase() !== c ||
        (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1] as string)))
    )
      l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}

/** "ABC", "INIS", "IRGC-QF": a short form the page may define in parentheses. */
export const SHORT_FORM = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;
