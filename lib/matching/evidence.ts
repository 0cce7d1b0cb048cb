/**
 * The linker's rules of evidence, apart from the scanner: how far a variant may be from its
 * alias, which neighbouring words do not make a longer name, what a title-case line is, and the
 * Schwartz–Hearst test for an abbreviation the page defines. Design: docs/matching.md.
 */
import type { IndexWords } from "./types";

/**
 * Highest translitCost (lib/names) of a one-word variant: anywhere, and where capitals mean
 * nothing (a sentence start, a title-case line) or the word is short (under 5 letters).
 */
export const VARIANT_LIMIT_ONE = 0.75;
export const VARIANT_LIMIT_START = 0.5;
/** Per word of a variant of several words (two matching words are evidence of their own). */
export const VARIANT_LIMIT_WORD = 0.75;

/** The index's word lists (words.ts) as sets. */
export interface WordSets {
  /** Words that are no given name before a surname (NOT_GIVEN_WORDS). */
  notGiven: ReadonlySet<string>;
  /** Capitalised neighbours that are no name word: NOT_GIVEN_WORDS and TYPE_WORDS. */
  free: ReadonlySet<string>;
  /** PERSON_TITLES. */
  titles: ReadonlySet<string>;
}

export function wordSets(w: IndexWords): WordSets {
  return {
    notGiven: new Set(w.notGiven),
    free: new Set([...w.notGiven, ...w.types]),
    titles: new Set(w.titles),
  };
}

/** True when a capitalised neighbour (light form) is no name word of its own. */
export function freeNeighbour(light: string, words: WordSets): boolean {
  return words.free.has(light) || ENGLISH_WORD_SHAPE.test(light);
}

/** English word shapes that are seldom names: "-ing", "-ly", "-tion"… */
export const ENGLISH_WORD_SHAPE = /(?:ing|ly|ous|ful|ive|tion|ment|ness|ism|ist|ists)$/;

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
