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
 *   it overlaps give way (the reader said what this text is). Where two spellings start at one
 *   place, the longer wins. All spellings go in one pattern, compiled once per overlay.
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

/** The pattern of one spelling: its spaces, apostrophes and dashes of any shape. */
function pattern(spelling: string): string {
  let src = "";
  for (const part of spelling.trim().split(/(\s+|['’ʼ‘`´]|[‐‑‒–—―-])/u)) {
    if (part === "") continue;
    if (/^\s+$/.test(part)) src += "\\s+";
    else if (/^['’ʼ‘`´]$/.test(part)) src += "['’ʼ‘`´]";
    else if (/^[‐‑‒–—―-]$/.test(part)) src += "[‐‑‒–—―\\-]";
    else src += part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return src;
}

interface Compiled {
  not: Set<string>;
  /** Every reader's spelling as a whole word, longest first, in one pattern (one pass per text). */
  find: RegExp | undefined;
  /** spellingKey → entity. */
  entityOf: Map<string, string>;
}

// The content script applies one overlay to every block of a page: compile it once.
const compiled = new WeakMap<Overlay, Compiled>();

function compile(overlay: Overlay): Compiled {
  let c = compiled.get(overlay);
  if (c) return c;
  const not = new Set(overlay.not.map((n) => pairKey(n.spelling, n.entity)));
  // Where a negative and a spelling of one pair both hold (an overlay made by hand: overlayFor
  // keeps only the newest of the two), the negative wins.
  const spellings = overlay.spelling.filter((s) => !not.has(pairKey(s.spelling, s.entity)));
  const entityOf = new Map<string, string>();
  for (const s of spellings)
    if (!entityOf.has(spellingKey(s.spelling))) entityOf.set(spellingKey(s.spelling), s.entity);
  const alternatives = spellings
    .sort((a, b) => b.spelling.length - a.spelling.length)
    .map((s) => pattern(s.spelling));
  c = {
    not,
    find:
      alternatives.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}\\p{M}])`, "giu")
        : undefined,
    entityOf,
  };
  compiled.set(overlay, c);
  return c;
}

const READER_REASON = { kind: "reader", text: "your correction" } as const;

/** The mentions of `text` once the overlay is applied, in text order. */
export function applyOverlay(text: string, mentions: readonly Mention[], overlay: Overlay): Mention[] {
  if (overlay.not.length === 0 && overlay.spelling.length === 0) return mentions as Mention[];
  const { not, find, entityOf } = compile(overlay);
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
  // Matches do not overlap, and at each place the longest spelling is tried first.
  for (const hit of find ? text.matchAll(find) : []) {
    const entity = entityOf.get(spellingKey(hit[0]));
    if (entity === undefined) continue;
    added.push({
      surface: hit[0],
      start: hit.index,
      end: hit.index + hit[0].length,
      id: entity,
      candidates: [],
      match: "exact",
      confidence: 1,
      reason: READER_REASON,
    });
  }
  if (added.length > 0) {
    out = out.filter((m) => !added.some((a) => a.start < m.end && m.start < a.end));
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
