import type { EntityId } from "../dataset/types";

/** How a mention was matched. */
export type MatchKind = "exact" | "variant" | "fuzzy";

/** One spotted name in a text. Offsets are UTF-16 code unit offsets into the scanned string. */
export interface Mention {
  /** The text exactly as it stands in the input (titles, "the" and possessive "’s" left out). */
  surface: string;
  start: number;
  end: number;
  /** The linked entity, or null when the mention is ambiguous (see `candidates`). */
  id: EntityId | null;
  /** For an ambiguous mention: every entity it could be. Empty when `id` is set. */
  candidates: EntityId[];
  match: MatchKind;
  /** 0..1 */
  confidence: number;
}
