/**
 * The spotting engine as the content script uses it, with the compiled alias index bundled in
 * (data/build/alias-index.deflate.json: the packed index, deflated, in base 64 — half the bytes
 * on every page): spotting starts without a round trip to the background. The index is inflated
 * with the browser's own DecompressionStream and the matcher built once, on first use.
 */
import deflated from "../../data/build/alias-index.deflate.json";
import { createMatcher, type Matcher, type PackedIndex } from "../matching/index";
import type { SpotSession } from "./scanner";

let matcher: Promise<Matcher> | undefined;

/** The packed index from its deflated, base-64 form. */
export async function inflateIndex(base64: string): Promise<PackedIndex> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return JSON.parse(await new Response(stream).text()) as PackedIndex;
}

/** A fresh page-level session: evidence carries across the texts it scans in document order. */
export async function newSpotSession(): Promise<SpotSession> {
  matcher ??= inflateIndex(deflated as string).then((index) => createMatcher(index));
  return (await matcher).session();
}
