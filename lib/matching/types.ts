import type { EntityId } from "../dataset/types";

/** How a mention was matched. */
export type MatchKind = "exact" | "variant" | "fuzzy";

/** Why a mention was linked (or left open): shown on the hover card. */
export type ReasonKind =
  | "exact"
  | "variant"
  | "defined"
  | "name-part"
  | "short-form"
  | "evidence"
  | "possible"
  /** The reader's own correction (lib/corrections/overlay.ts). */
  | "reader";

export interface LinkReason {
  kind: ReasonKind;
  /** A short sentence for the card: "exact alias", "spelling variant of “Qassem Soleimani”" … */
  text: string;
}

/** A link at or above this confidence proves that a page is about our domain (see `onTopic`). */
export const CONFIDENT = 0.8;

/** One spotted name in a text. Offsets are UTF-16 code unit offsets into the scanned string. */
export interface Mention {
  /** The text exactly as it stands in the input (titles, "the" and possessive "’s" left out). */
  surface: string;
  start: number;
  end: number;
  /** The linked entity, or null when the mention is ambiguous (see `candidates`). */
  id: EntityId | null;
  /** For an ambiguous mention: every entity it could be. Empty when `id` is set. */
  candidates: EntityId[];
  match: MatchKind;
  /** 0..1 */
  confidence: number;
  reason: LinkReason;
}

/**
 * The alias index compiled at build time (scripts/build-index.ts → data/build/alias-index.json):
 * an Aho–Corasick automaton over phonetic token keys, stored as flat arrays so that loading it
 * is a linear copy, never a construction.
 */
export interface CompiledIndex {
  /** Format version (1). */
  v: number;
  /** Normalisation rules the keys were made with (normalize.ts NORM_VERSION). */
  norm: string;
  /** Entity ids; entries refer to them by position. */
  entities: EntityId[];
  /** Alias and negative-phrase texts as written in the dataset; entries refer to them by position. */
  texts: string[];
  /** Token dictionary: phonetic keys, the automaton's alphabet. */
  keys: string[];
  /** For each state s ≥ 1 (numbered breadth-first): parent state and token id at [2(s−1)], [2(s−1)+1]. */
  edges: number[];
  /** For each state s ≥ 1: the failure link. */
  fail: number[];
  /**
   * One row per matched key sequence: [state, token count, entity, flags, text, entity, flags, text, …]
   * where flags is a sum of ENTRY_* bits.
   */
  patterns: number[][];
  /**
   * Context for ambiguous aliases: pairs of entity indexes [a, b, a, b, …] linked by an
   * affiliation in the dataset, kept only where one side has an ambiguous alias.
   */
  related: number[];
  /**
   * Common words (light forms) that share a phonetic key with a one-word alias and are close to
   * it in letters ("hummus" for "Hamas"): never taken for a spelling variant on letters alone.
   */
  common?: string[];
  /** Entity indexes of persons (their first names and surnames are defined by the full name). */
  persons?: number[];
  /** Pairs [a, b]: a name of a, a dash, a name of b is one mention of b ("IRGC–Quds Force"). */
  compounds?: number[];
  /** The linker's word lists (words.ts): data here, not code in the content script. */
  words: IndexWords;
}

/** Word lists of the linker (lib/matching/words.ts), light forms. */
export interface IndexWords {
  /** NOT_GIVEN_WORDS: no given name before a surname. */
  notGiven: string[];
  /** TYPE_WORDS: capitalised neighbours that do not make a longer name. */
  types: string[];
  /** PERSON_TITLES: make a following surname a person's. */
  titles: string[];
}

/** Entry flags in CompiledIndex.patterns. */
export const ENTRY_AMBIGUOUS = 1;
export const ENTRY_CASE = 2;
export const ENTRY_NEGATIVE = 4;
/** A one-word part of a longer name ("Hashimi" of "Hisham al-Hashimi"): not linked after another given name. */
export const ENTRY_PART = 8;
/** A one-word alias that is also a common word ("Axis", "Framework", "Trump"): linked after its full form. */
export const ENTRY_COMMON = 16;
/** A short form (flagged `short` in the dataset, or an Arabic-script surname): linked after the full form. */
export const ENTRY_SHORT = 32;
