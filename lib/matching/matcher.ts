/**
 * The scanner: reads a text's token stream through the compiled Aho–Corasick automaton (time
 * linear in the text, whatever the number of aliases), checks case and capitalisation, applies
 * negative phrases, keeps the longest matches, and resolves ambiguous aliases from the evidence
 * on the page. No DOM, no fuse.js: this is what the content script bundles. The passes: select.ts
 * (the automaton and the checks of each hit), link.ts (what a candidate links to, and the wiring),
 * define.ts (names the page defines), resolve.ts (ambiguity), dashes.ts (names joined by a dash).
 */
import { editDistance } from "../names/distance";
import { linker } from "./link";
import type { Candidate, Extender, MatcherOptions } from "./match-types";
import { NORM_VERSION } from "./normalize";
import { isPacked, type PackedIndex, unpackIndex } from "./pack";
import { newPageState } from "./page-state";
import { pick } from "./pick";
import { isTitleCase, looksLikeGivenName } from "./spans";
import type { CompiledIndex, Mention } from "./types";

export {
  type Candidate,
  type Extender,
  editDistance,
  isTitleCase,
  looksLikeGivenName,
  type MatcherOptions,
  pick,
};

export interface Matcher {
  /** Mentions in one text, with fresh evidence. */
  scan(text: string): Mention[];
  /** Page-level: evidence carries across texts scanned in document order. */
  session(): MatchSession;
}

export interface MatchSession {
  scan(text: string): Mention[];
}

/** A matcher over the compiled index, plain or packed (data/build/alias-index.json is packed). */
export function createMatcher(source: CompiledIndex | PackedIndex, options: MatcherOptions = {}): Matcher {
  const index = isPacked(source) ? unpackIndex(source) : source;
  if (index.v !== 1 || index.norm !== NORM_VERSION)
    throw new Error(
      `alias index: built with ${index.norm} v${index.v}, this matcher reads ${NORM_VERSION} v1`,
    );
  const run = linker(index, options);
  return {
    scan: (text) => run(text, newPageState()),
    session: () => {
      const st = newPageState();
      return { scan: (text) => run(text, st) };
    },
  };
}
