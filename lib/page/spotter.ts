/**
 * The spotting engine as the content script uses it, over the compiled alias index that the
 * entrypoint bundles in (data/build/alias-index.deflate.json: the packed index, deflated, in
 * base 64 — half the bytes on every page): spotting starts without a round trip to the
 * background. The index is inflated with the browser's own DecompressionStream and the matcher
 * built once, on first use.
 */
import { createMatcher, type Matcher, type PackedIndex } from "../matching/index";
import type { SpotSession } from "./scanner";

/** The packed index from its deflated, base-64 form. */
export async function inflateIndex(base64: string): Promise<PackedIndex> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return JSON.parse(await new Response(stream).text()) as PackedIndex;
}

/** Fresh page-level sessions over one index: evidence carries across the texts a session scans in document order. */
export function spotSessions(deflated: string): () => Promise<SpotSession> {
  let matcher: Promise<Matcher> | undefined;
  return async () => {
    matcher ??= inflateIndex(deflated).then(createMatcher);
    return (await matcher).session();
  };
}
