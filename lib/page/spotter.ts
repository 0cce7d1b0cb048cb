/**
 * The spotting engine as the content script uses it. The compiled alias index (≈26 KB) comes
 * from the background in one message per page rather than being bundled, which keeps the
 * content script within its size budget; the matcher is built from it on first use.
 */
import { type CompiledIndex, createMatcher, type Matcher } from "../matching/index";
import { askBackground } from "./ask";
import type { SpotSession } from "./scanner";

let matcher: Promise<Matcher> | undefined;

/** A fresh page-level session: evidence carries across the texts it scans in document order. */
export async function newSpotSession(): Promise<SpotSession> {
  matcher ??= askBackground("content:index", {}).then((index) => createMatcher(index as CompiledIndex));
  try {
    return (await matcher).session();
  } catch (err) {
    matcher = undefined;
    throw err;
  }
}
