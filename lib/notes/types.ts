import type { TextPositionSelector, TextQuoteSelector } from "../anchoring/types";

/** The highlight colours. Their meaning is the reader's: see `ColorLabel`. */
export const COLORS = ["yellow", "green", "blue", "pink"] as const;
export type ColorId = (typeof COLORS)[number];

/** What the reader calls a colour ("claim", "evidence"…). */
export interface ColorLabel {
  id: ColorId;
  label: string;
}

export const DEFAULT_COLOR_LABELS: readonly ColorLabel[] = [
  { id: "yellow", label: "Claim" },
  { id: "green", label: "Evidence" },
  { id: "blue", label: "Question" },
  { id: "pink", label: "Important" },
];

/** Whether a highlight was found the last time its page was open. */
export type AnchorStatus = "found" | "missing";

/** One saved highlight (schema version 2). */
export interface Highlight {
  /** Random UUID, stable across export and import. */
  id: string;
  /** Page URL, normalised by `normalizeUrl` (no fragment, no tracking parameters). */
  url: string;
  /** Host name of `url`, for the site filter. */
  site: string;
  /** The page's title when the highlight was saved. */
  title: string;
  /** The passage and its context. */
  quote: TextQuoteSelector;
  /** Its position in the page's extracted text when saved. */
  position: TextPositionSelector;
  /** The reader's note; "" when none. */
  note: string;
  /** The reader's tags, trimmed, lower-cased, unique. */
  tags: string[];
  color: ColorId;
  /** Entity ids mentioned in the quote itself. */
  entities: string[];
  /** Entity ids mentioned anywhere on the page when it was saved. */
  pageEntities: string[];
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; the newer copy wins when an import meets the same id. */
  updatedAt: number;
  /** Set by the content script each time the page is open; absent until then. */
  anchor?: { status: AnchorStatus; checkedAt: number };
}

/** What the reader may change on a highlight. */
export interface HighlightPatch {
  note?: string;
  tags?: string[];
  color?: ColorId;
}

export const LIMITS = {
  quote: 5_000,
  context: 64,
  note: 20_000,
  tag: 40,
  tags: 20,
  title: 500,
  url: 4_000,
  entities: 500,
  label: 30,
} as const;
