/**
 * The sentence around a spelling, for a correction's report (issue 12): the reader's own
 * context, so a maintainer can judge it. Pure: the card, the link picker and the tests call it.
 */
import { CORRECTION_LIMITS } from "./types";

/**
 * Ends a sentence: a full stop, question or exclamation mark (also Arabic's) before a space and
 * what can start a sentence (not "U.S. embassy"), or an empty line.
 */
const END = /[.!?؟。]["'”’)\]]*(?=\s+[\p{Lu}\p{Lo}\p{N}"“‘(])|\n\s*\n/gu;

/** One line, spaces collapsed: how a spelling or a sentence is stored. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The sentence of `text` that holds `[start, end)`, on one line; cut to `max` characters around
 * the spelling when longer (with an ellipsis on the side cut). Never empty when the spelling is not.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  max: number = CORRECTION_LIMITS.sentence,
): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const after = m.index + m[0].length;
    // A stop inside the spelling ("U.S.") does not end its sentence.
    if (after <= s) from = after;
    else if (m.index >= e) {
      to = after;
      break;
    }
  }
  const sentence = oneLine(text.slice(from, to));
  if (sentence.length <= max) return sentence;
  // Too long: a window on the spelling, as centred as the sentence allows.
  const spelling = oneLine(text.slice(s, e));
  if (spelling.length + 2 >= max) return spelling.slice(0, max);
  const at = Math.max(0, sentence.indexOf(spelling));
  const room = max - 2 - spelling.length;
  let a = Math.max(0, at - Math.floor(room / 2));
  const b = Math.min(sentence.length, a + spelling.length + room);
  a = Math.max(0, b - spelling.length - room);
  return `${a > 0 ? "…" : ""}${sentence.slice(a, b).trim()}${b < sentence.length ? "…" : ""}`;
}
