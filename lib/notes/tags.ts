import { LIMITS } from "./types";

// Apart from validate.ts so the content script can use it without the message guards.
/** Trimmed, lower-cased, without "#" or commas, unique, in order. */
export function cleanTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const clean = t
      .replace(/^#+/, "")
      .replace(/[,\s]+/g, " ")
      .trim()
      .toLowerCase()
      .slice(0, LIMITS.tag);
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out.slice(0, LIMITS.tags);
}
