/**
 * Small text rules shared by the validator and the compiler. Kept apart so the rules the
 * validator enforces are the same ones tests and tools use.
 */
import { foldArabicScript } from "./script";

/** Ids of entities and events: lower-case words joined by single hyphens ("kataib-hezbollah"). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Evidence phrases are quotes, not paragraphs. */
export const MAX_EVIDENCE_WORDS = 20;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "2020", "2020-06" and "2020-06-25" when the month and day exist. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, , month, day] = m;
  if (month === undefined) return true;
  const mo = Number(month);
  if (mo < 1 || mo > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Day 0 of the next month is the last day of this one, leap years included.
  const daysInMonth = new Date(Date.UTC(Number(m[1]), mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The precision a partial date is written in. */
export function precisionOf(date: string): "year" | "month" | "day" {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/**
 * Compare two partial dates by their common prefix: "2020" and "2020-06" are not ordered
 * against each other (returns 0), so a range "2020-06 … 2020" is not flagged as reversed.
 */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whitespace is the only difference allowed between evidence and document (line wraps, double spaces). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const t = text.trim();
  return t === "" ? 0 : t.split(/\s+/).length;
}

/**
 * Key under which two aliases are considered the same spelling: letter case, and in Arabic
 * script the letter variants the engine folds (ى/ي, أ/ا, final ة/ه, ی/ي, ک/ك, harakat).
 */
export function aliasKey(text: string): string {
  return foldArabicScript(text.trim().toLowerCase());
}
