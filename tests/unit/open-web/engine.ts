/**
 * The engine as the extension runs it by default (exact and variant layers, no fuzzy layer),
 * over the index compiled from data/entities, and the counting the open-web tests share.
 */
import { createMatcher } from "../../../lib/matching/index";
import type { Mention } from "../../../lib/matching/types";
import { realIndex } from "../matching/real-index";

export const matcher = createMatcher(realIndex());

export interface Tally {
  texts: number;
  words: number;
  /** Linked mentions not in the allow-list: "surface → id  | text". */
  links: string[];
  /** Marks drawn as "possible" (id null): "surface ? candidates  | text". */
  possible: string[];
}

export function tally(): Tally {
  return { texts: 0, words: 0, links: [], possible: [] };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Scans `text` as one page and files every mark it draws. A link is allowed when `allowed`
 * says so (a real entity name, listed and checked by hand in the test).
 */
export function scanInto(
  t: Tally,
  text: string,
  allowed: (m: Mention) => boolean = () => false,
  scan: (text: string) => Mention[] = (s) => matcher.scan(s),
): Mention[] {
  t.texts++;
  t.words += text.match(WORD)?.length ?? 0;
  const ms = scan(text);
  for (const m of ms) {
    if (m.id === null) t.possible.push(`${m.surface} ? ${m.candidates.join("|")}  | ${text}`);
    else if (!allowed(m)) t.links.push(`${m.surface} → ${m.id}  | ${text}`);
  }
  return ms;
}

/** One line for the test log: false links per million words, possible marks. */
export function report(name: string, t: Tally): string {
  const perM = t.words ? (t.links.length / t.words) * 1e6 : 0;
  const line =
    `${name}: ${t.texts} texts, ${t.words} words, ${t.links.length} false links ` +
    `(${perM.toFixed(1)} per million words), ${t.possible.length} possible marks`;
  console.log(line);
  for (const l of [...t.links, ...t.possible].slice(0, 40)) console.log(`  ${l}`);
  return line;
}
