/**
 * Selectors that describe a passage of a page's readable text (lib/extract's `extractText`),
 * after the W3C Web Annotation selectors Hypothesis uses. `describe` makes them from a Range;
 * `anchor` finds the passage again from them.
 */

/** The passage itself with a little text either side, to tell repeated passages apart. */
export interface TextQuoteSelector {
  /** The passage, as it stands in the extracted text (blocks joined by a blank line). */
  exact: string;
  /** Up to CONTEXT_LENGTH characters just before it. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters just after it. */
  suffix: string;
}

/** Where the passage was in the extracted text: `text.slice(start, end) === exact` when saved. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How `anchor` found a passage, from most to least certain. */
export type AnchorMethod = "quote" | "position" | "fuzzy";

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
