/**
 * The fuzzy layer (placeholder until the fuzzy pass lands): same API as createMatcher.
 */
import { createMatcher, type Matcher } from "./matcher";
import type { CompiledIndex } from "./types";

export function createFuzzyMatcher(index: CompiledIndex): Matcher {
  return createMatcher(index);
}
