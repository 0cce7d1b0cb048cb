/**
 * A reader's corrections (issue 12): "Wrong match" (this spelling does not name this entity
 * here) and "This is …" (this spelling names this entity here). Kept as data in the notes
 * database, in the extension's origin (store.ts), applied by the engine as a small overlay
 * (overlay.ts) without rebuilding its index, and listed, exported and reported from the notes
 * page. Pure types.
 */

/** "spelling": the spelling names the entity (an alias); "not": it does not (a negative). */
export type CorrectionKind = "spelling" | "not";
/** Where a correction holds: the page it was made on, its site (the default), or every page. */
export type CorrectionScope = "page" | "site" | "everywhere";

export const CORRECTION_KINDS: readonly CorrectionKind[] = ["spelling", "not"];
export const CORRECTION_SCOPES: readonly CorrectionScope[] = ["page", "site", "everywhere"];
export const DEFAULT_SCOPE: CorrectionScope = "site";

/** What a reader says, before it is stored. */
export interface CorrectionInput {
  kind: CorrectionKind;
  /** The text on the page, exactly as written (a mention's surface, or the selection). */
  spelling: string;
  /** The entity id it names ("spelling") or does not name ("not"). */
  entity: string;
  scope: CorrectionScope;
  /** The sentence around the spelling as the reader saw it, for the report (may be empty). */
  sentence: string;
}

/** A stored correction. */
export interface Correction extends CorrectionInput {
  id: string;
  /** The page it was made on, normalised (lib/notes/url.ts). */
  url: string;
  /** That page's site as the notes group it (lib/names/site.ts notesSite: `www.` dropped). */
  site: string;
  /** That page's title when the correction was made. */
  title: string;
  createdAt: number;
}

/** Bounds, shared by the guards, the store and the import. */
export const CORRECTION_LIMITS = {
  spelling: 200,
  sentence: 1_000,
  title: 1_000,
  /** Corrections one request may add (a possible mark's "none of these" adds one per candidate). */
  perRequest: 20,
  /** Corrections kept in all: an overlay stays small. */
  total: 5_000,
} as const;

/**
 * What the engine applies to one page: the corrections whose scope covers it, reduced to
 * spelling and entity. Small by design: sent to each content script.
 */
export interface Overlay {
  /** Mentions with this spelling linked to this entity are dropped. */
  not: { spelling: string; entity: string }[];
  /** This spelling is marked as this entity (and wins over the engine's mentions it overlaps). */
  spelling: { spelling: string; entity: string }[];
}

export const EMPTY_OVERLAY: Overlay = { not: [], spelling: [] };
