/**
 * The report a reader sends to the dataset's maintainers (issue 12, item 5): their corrections
 * in the Markdown format `npm run propose -- --corrections FILE` reads (lib/corrections/report.ts).
 * Pure.
 */
import { formatReport, type ReportedCorrection } from "../corrections/report";
import type { Correction } from "../corrections/types";

/**
 * What the report says when no sentence was recorded (a correction made from the popup):
 * every field of a report must be non-empty, and an invented sentence would mislead.
 */
export const NO_SENTENCE = "(no sentence recorded)";

/** One stored correction as the report carries it: its page's address as `page`. */
export function toReported(c: Correction): ReportedCorrection {
  return {
    kind: c.kind,
    spelling: c.spelling,
    entity: c.entity,
    scope: c.scope,
    page: c.url,
    sentence: c.sentence.trim() === "" ? NO_SENTENCE : c.sentence,
  };
}

/** The report of these corrections, in the order given. */
export function correctionsReport(list: readonly Correction[]): string {
  return formatReport(list.map(toReported));
}
