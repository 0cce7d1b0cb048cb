/**
 * Corrections in words, for the notes page and the Markdown export (issue 12): what a
 * correction says and where it holds. Pure.
 */
import type { Correction, CorrectionKind, CorrectionScope } from "./types";

/** "is" for a spelling that names the entity, "is not" for a wrong match. */
export function kindWords(kind: CorrectionKind): string {
  return kind === "spelling" ? "is" : "is not";
}

/** A kind as a filter's option names it. */
export function kindLabel(kind: CorrectionKind): string {
  return kind === "spelling" ? "This is …" : "Wrong match";
}

/** A scope in the abstract, as a filter's option names it. */
export function scopeLabel(scope: CorrectionScope): string {
  return scope === "page" ? "This page" : scope === "site" ? "This site" : "Everywhere";
}

/** Where one correction holds: "on this page", "on news.example", "everywhere". */
export function scopeWords(c: Pick<Correction, "scope" | "site">): string {
  if (c.scope === "everywhere") return "everywhere";
  if (c.scope === "site") return c.site ? `on ${c.site}` : "on this site";
  return "on this page";
}
