/** What a marked mention is, and the two passing marks: the flash and the open card's mention. */
import type { Mention } from "../matching/types";

export type MentionKind = "person" | "group" | "ambiguous";

/** Highlight names registered in CSS.highlights, one per kind of mention. */
export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  person: "actor-lens-person",
  group: "actor-lens-group",
  ambiguous: "actor-lens-ambiguous",
};
/** A brief flash on a mention the reader asked to see (popup "reveal", next-mention). */
export const FLASH_HIGHLIGHT = "actor-lens-flash";
/** The mention whose card is open. */
export const CURRENT_HIGHLIGHT = "actor-lens-current";

/** One marked mention: a live Range over the page's text nodes plus what was found there. */
export interface MentionRecord {
  range: Range;
  mention: Mention;
  kind: MentionKind;
  /** The text nodes it covers, with its offsets in each (for pointer hit-testing). */
  pieces: { node: Text; start: number; end: number }[];
  /** False when "first mention only" leaves it unmarked (still counted and reachable). */
  marked: boolean;
  /** The block element it stands in: its mark is drawn while that block is near the viewport. */
  block?: Element;
}

/** The key a mention is counted under: its entity id, or "?surface" for an ambiguous one. */
export function entityKey(m: Mention): string {
  return m.id ?? `?${m.surface}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/** Shows `range` under a temporary highlight for `ms` milliseconds. */
export function flash(range: Range, ms = 1200): void {
  if (!highlightsSupported()) return;
  const h = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, h);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === h) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
}

/** Marks `range` as the mention whose card is open (or clears the mark). */
export function setCurrent(range: Range | null): void {
  if (!highlightsSupported()) return;
  if (range) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(CURRENT_HIGHLIGHT);
}
