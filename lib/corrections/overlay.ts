/**
 * The reader's corrections applied to the engine's mentions (issue 12): a small overlay
 * (types.ts Overlay) over what the matcher found in one text, so the index is never rebuilt.
 * Used by the content script on each batch of spotted texts and by `npm run annotate --
 * --corrections`. Pure, and small: it is part of the always-loaded content script.
 *
 * - "not": a mention whose spelling (spellingKey) and entity match is dropped; a possible
 *   mark loses that candidate, and is dropped when none is left.
 * - "spelling": every occurrence of the spelling, as a whole word, case and the shape of
 *   apostrophes, dashes and spaces aside, is marked as the entity, and the engine's mentions
 *   it overlaps give way (the reader said what this text is). Longer spellings first.
 */
import type { Mention } from "../matching/types";
import type { Overlay } from "./types";

const APOSTROPHES = /['’ʼ‘`´]/g;
const DASHES = /[‐‑‒–—―-]/g;

/** How two spellings are compared: case, accents, apostrophe and dash shapes and spacing aside. */
export function spellingKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const pairKey = (spelling: string, entity: string) => `${spellingKey(spelling)}\u0000${entity}`;

/** A pattern that finds `spelling` as a whole word in a text. */
function finder(spelling: string): RegExp {
  let src = "";
  for (const part of spelling.trim().split(/(\s+|['’ʼ‘`´]|[‐‑‒–—―-])/u)) {
    if (part === "") continue;
    if (/^\s+$/.test(part)) src += "\\s+";
    else if (/^['’ʼ‘`´]$/.test(part)) src += "['’ʼ‘`´]";
    else if (/^[‐‑‒–—―-]$/.test(part)) src += "[‐‑‒–—―\\-]";
    else src += part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${src}(?![\\p{L}\\p{N}\\p{M}])`, "giu");
}

const READER_REASON = { kind: "reader", text: "your correction" } as const;

/** The mentions of `text` once the overlay is applied, in text order. */
export function applyOverlay(text: string, mentions: readonly Mention[], overlay: Overlay): Mention[] {
  if (overlay.not.length === 0 && overlay.spelling.length === 0) return mentions as Mention[];
  const not = new Set(overlay.not.map((n) => pairKey(n.spelling, n.entity)));
  let out: Mention[] = [];
  for (const m of mentions) {
    if (m.id !== null) {
      if (!not.has(pairKey(m.surface, m.id))) out.push(m);
      continue;
    }
    const left = m.candidates.filter((c) => !not.has(pairKey(m.surface, c)));
    if (left.length === m.candidates.length) out.push(m);
    else if (left.length > 0) out.push({ ...m, candidates: left });
  }
  const added: Mention[] = [];
  // A "Wrong match" on a reader's own link undoes it: the negative wins where both hold.
  const byLength = overlay.spelling
    .filter((s) => !not.has(pairKey(s.spelling, s.entity)))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  for (const { spelling, entity } of byLength) {
    for (const hit of text.matchAll(finder(spelling))) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (added.some((a) => a.start < end && start < a.end)) continue;
      added.push({
        surface: hit[0],
        start,
        end,
        id: entity,
        candidates: [],
        match: "exact",
        confidence: 1,
        reason: READER_REASON,
      });
    }
  }
  if (added.length > 0) {
    out = out.filter((m) => !added.some((a) => a.start < m.end && m.start < a.end));
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
