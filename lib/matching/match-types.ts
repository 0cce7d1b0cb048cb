/** The shapes the matcher's passes hand each other: candidates, options, alias shapes. */
import type { Tokens } from "./tokenize";
import type { CompiledIndex, MatchKind } from "./types";

/** A match before ambiguity is resolved (stream token positions, inclusive). */
export interface Candidate {
  a: number;
  b: number;
  /** Entity indexes it may be; one for an unambiguous match. */
  ents: number[];
  ambiguous: boolean;
  kind: MatchKind;
  conf: number;
  /** translitCost of a variant (0 when exact). */
  cost?: number;
  /** ENTRY_COMMON: a common word, linked after its full form; an acronym of 2–3 letters ("KH", "PMF"). */
  common?: boolean;
  shortAcronym?: boolean;
  /** ENTRY_SHORT: a short form, linked only after its entity's full form on the page. */
  short?: boolean;
  /** A one-word part of a longer name (a surname). */
  part?: boolean;
  /** An acronym matched in its case. */
  acronym?: boolean;
  /** Alias text (index.texts) of the best entry, for the reason. */
  text?: number;
}

/** Extra matches proposed after the exact pass (the fuzzy layer); positions are free tokens. */
export type Extender = (text: string, t: Tokens, taken: Uint8Array, index: CompiledIndex) => Candidate[];

export interface MatcherOptions {
  extend?: Extender;
}

export interface AliasShape {
  /** Light forms of the raw tokens from the first stream token on, joined by spaces. */
  light: string;
  /** The same light forms, one per raw token (a hit compares them without joining its own). */
  lights: string[];
  /** Edit distance from `light` to the light forms of variants seen on pages. */
  distances: Map<string, number>;
  /** Raw tokens without apostrophes and periods (for case-sensitive comparison). */
  shapes: string[];
  /** Per raw token: starts with a capital / is an acronym. */
  cap: boolean[];
  caps: boolean[];
}
