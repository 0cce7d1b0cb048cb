import { type ExtractOptions, extractText, type TextBlock } from "../extract/text";
import { editDistance } from "../names/distance";
import { hasMarks, isMark, stripMarks, withoutMarks } from "./marks";
import { searchApprox } from "./match";
import { offsetsToRange, rangeToOffsets } from "./text-range";
import { type AnchorMethod, CONTEXT_LENGTH, type Selectors } from "./types";

/**
 * describe(root, range) → selectors, and anchor(root, selectors) → range, mirror images over
 * the page's extracted text (lib/extract). `anchor` tries, in order: the exact quote with its
 * context; the saved position; the quote again without Arabic-script vowel marks and tatweel
 * (marks.ts); a fuzzy match that survives small edits to the article.
 */

export type { AnchorMethod, Selectors } from "./types";

/** Selectors for the text a Range covers, or null if it covers no readable text. */
export function describeText(page: TextBlock, range: Range): Selectors | null {
  const at = rangeToOffsets(page, range);
  if (!at) return null;
  const { text } = page;
  // Trim whitespace at either end, so the quote starts and ends on text the reader sees.
  let { start, end } = at;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end <= start) return null;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

export function describe(root: Node, range: Range, opts?: ExtractOptions): Selectors | null {
  return describeText(extractText(root, opts), range);
}

export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** How well the context either side of [start, end) agrees with the saved context, 0..1. */
function contextScore(text: string, start: number, end: number, s: Selectors): number {
  const { prefix, suffix } = s.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const p = prefix.length ? 1 - editDistance(before, prefix) / prefix.length : 1;
  const q = suffix.length ? 1 - editDistance(after, suffix) / suffix.length : 1;
  return (p + q) / 2;
}

/**
 * How much of the saved context must agree wherever the exact context is not found: a passage
 * is drawn only where its quote and its context are (issue 17: a same-origin page that moves
 * itself to another page's address must not get that page's highlights drawn on its own text).
 */
export const MIN_CONTEXT_SCORE = 0.5;

/** Finds the selectors' passage in a text: offsets and how it was found, or null. */
export function anchorText(text: string, s: Selectors): TextAnchor | null {
  const found = findPassage(text, s);
  if (!found || found.withContext)
    return found && { start: found.start, end: found.end, method: found.method };
  if (contextScore(text, found.start, found.end, s) < MIN_CONTEXT_SCORE) return null;
  return { start: found.start, end: found.end, method: found.method };
}

function findPassage(text: string, s: Selectors): (TextAnchor & { withContext?: boolean }) | null {
  const { exact, prefix, suffix } = s.quote;
  const expected = s.position.start;
  // 1. The exact quote; among several, the one whose context agrees, then the nearest.
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && hits.length < 1000; i = text.indexOf(exact, i + 1))
    hits.push(i);
  if (hits.length > 0) {
    const withContext = hits.filter(
      (i) =>
        i >= prefix.length &&
        text.slice(i - prefix.length, i) === prefix &&
        text.startsWith(suffix, i + exact.length),
    );
    const pool = withContext.length > 0 ? withContext : hits.length === 1 ? hits : [];
    if (pool.length > 0) {
      const best = pool.reduce((a, b) => (Math.abs(b - expected) < Math.abs(a - expected) ? b : a));
      return { start: best, end: best + exact.length, method: "quote", withContext: withContext.length > 0 };
    }
  }
  // 2. The saved position, if the quote is still there.
  if (text.slice(s.position.start, s.position.end) === exact)
    return { start: s.position.start, end: s.position.end, method: "position" };
  // The quote occurs several times but none with its context: the best context, then nearest.
  if (hits.length > 0) {
    const score = (i: number) =>
      contextScore(text, i, i + exact.length, s) - Math.abs(i - expected) / Math.max(1, text.length);
    const best = hits.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { start: best, end: best + exact.length, method: "quote" };
  }
  // 3. The quote where the article added or dropped Arabic vowel marks or tatweel.
  const unmarked = hasMarks(exact) || hasMarks(text) ? quoteWithoutMarks(text, s) : null;
  if (unmarked) return unmarked;
  // 4. Fuzzy: up to a quarter of the quote's characters edited (at most 64, which bounds the
  // cost on long pages to about 64 steps per character), near the old place first.
  if (exact.length < 4) return null;
  const maxErrors = Math.min(Math.floor(exact.length / 4), 64);
  const slack = exact.length + maxErrors + 2000;
  let candidates = searchApprox(
    text,
    exact,
    maxErrors,
    Math.max(0, expected - slack),
    Math.min(text.length, expected + exact.length + slack),
  );
  if (candidates.length === 0) candidates = searchApprox(text, exact, maxErrors);
  let best: TextAnchor | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / exact.length;
    const score =
      50 * quoteScore +
      20 * contextScore(text, c.start, c.end, s) +
      2 * (1 - Math.abs(c.start - expected) / Math.max(1, text.length));
    if (score > bestScore) {
      bestScore = score;
      best = { start: c.start, end: c.end, method: "fuzzy" };
    }
  }
  return best;
}

/**
 * The quote found in the text with the marks of marks.ts left out of both: the one whose
 * context agrees (also without marks), else the only one (whose context anchorText then
 * weighs); as offsets in the text as it is.
 */
function quoteWithoutMarks(text: string, s: Selectors): (TextAnchor & { withContext: boolean }) | null {
  const exact = withoutMarks(s.quote.exact);
  if (exact === "") return null;
  const prefix = withoutMarks(s.quote.prefix);
  const suffix = withoutMarks(s.quote.suffix);
  const plain = stripMarks(text);
  const hits: number[] = [];
  for (let i = plain.text.indexOf(exact); i >= 0 && hits.length < 1000; i = plain.text.indexOf(exact, i + 1))
    hits.push(i);
  const agree = hits.filter(
    (i) =>
      i >= prefix.length &&
      plain.text.startsWith(prefix, i - prefix.length) &&
      plain.text.startsWith(suffix, i + exact.length),
  );
  const pool = agree.length > 0 ? agree : hits.length === 1 ? hits : [];
  if (pool.length === 0) return null;
  const expected = s.position.start;
  const start = (i: number) => plain.at[i] as number;
  const best = pool.reduce((a, b) => (Math.abs(start(b) - expected) < Math.abs(start(a) - expected) ? b : a));
  // The marks on the quote's last letter are part of it.
  let end = (plain.at[best + exact.length - 1] as number) + 1;
  while (end < text.length && isMark(text.charCodeAt(end))) end++;
  return {
    start: start(best),
    end,
    method: "fuzzy",
    withContext: agree.length > 0,
  };
}

export interface Anchored {
  range: Range;
  method: AnchorMethod;
}

/** Finds the passage in a page's extracted text and returns its DOM Range, or null. */
export function anchorIn(page: TextBlock, s: Selectors): Anchored | null {
  const found = anchorText(page.text, s);
  if (!found) return null;
  const range = offsetsToRange(page, found.start, found.end);
  return range ? { range, method: found.method } : null;
}

export function anchor(root: Node, s: Selectors, opts?: ExtractOptions): Anchored | null {
  return anchorIn(extractText(root, opts), s);
}
