import { CONFIDENT, type Mention } from "./types";

/** True for a link that proves the page is about our domain. */
export function isConfident(m: Mention): boolean {
  return m.id !== null && m.confidence >= CONFIDENT;
}

/**
 * "Possible" (ambiguous) marks only where they help: on a page about our domain, that is one
 * with at least one confident link. The page's registry applies the same rule as blocks come in.
 */
export function onTopic(mentions: Mention[]): Mention[] {
  return mentions.some(isConfident) ? mentions : mentions.filter((m) => m.id !== null);
}
