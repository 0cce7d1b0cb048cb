/**
 * The spotting engine's public API. The content script imports this module and the compiled
 * index (data/build/alias-index.json); the fuzzy layer (fuzzy.ts, with fuse.js) is separate.
 */
export { createMatcher, type Matcher, type MatcherOptions, type MatchSession } from "./matcher";
export type { PackedIndex } from "./pack";
export { isConfident, onTopic } from "./topic";
export type { CompiledIndex, LinkReason, MatchKind, Mention, ReasonKind } from "./types";
