/**
 * The spotting engine as the content script uses it, with the compiled alias index
 * (data/build/alias-index.json) bundled in: spotting starts without a round trip to the
 * background. The matcher is built from it on first use.
 */
import aliasIndex from "../../data/build/alias-index.json";
import { createMatcher, type Matcher, type PackedIndex } from "../matching/index";
import type { SpotSession } from "./scanner";

let matcher: Matcher | undefined;

/** A fresh page-level session: evidence carries across the texts it scans in document order. */
export function newSpotSession(): SpotSession {
  matcher ??= createMatcher(aliasIndex as PackedIndex);
  return matcher.session();
}
