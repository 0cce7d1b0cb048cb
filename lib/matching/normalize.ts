/**
 * Text normalisation shared by the index compiler and the scanner, so that an alias and a page
 * are cut into tokens and keyed by exactly the same rules: the character classes of the
 * tokenizer here, the folding of names in lib/names (the product's one folding, which the
 * popup's search uses too). Design and measurements: docs/matching.md.
 */
export { articleKind, isAbdPrefix, light, phoneticKey } from "../names/fold";

/** Bump when a rule changes: an index built with other rules is refused. */
export const NORM_VERSION = "norm-8";

/** Character classes of the tokenizer. */
export enum C {
  Unknown = 0,
  Word = 1,
  Apos = 2,
  Hyphen = 3,
  Space = 4,
  Newline = 5,
  Stop = 6,
  Other = 7,
}

const cls = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;

function classify(code: number): number {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return C.Newline;
  // ' ’ ‘ ʿ ʾ ʼ ʻ ʽ ` ´ : apostrophes and the signs used for ayn and hamza (ALA-LC writes ʻ ʼ)
  if (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x2bf ||
    code === 0x2be ||
    code === 0x2bc ||
    code === 0x2bb ||
    code === 0x2bd ||
    code === 0x60 ||
    code === 0xb4
  )
    return C.Apos;
  // - ‐ ‑ ‒ –  (the em dash is punctuation, not a hyphen)
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2013)) return C.Hyphen;
  if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b) return C.Stop;
  // Arabic question mark and semicolon, Urdu/Persian full stop.
  if (code === 0x61f || code === 0x61b || code === 0x6d4) return C.Stop;
  // Persian writes ZWNJ inside a word ("نخست‌وزیر"); `light` drops it.
  if (code === 0x200c || code === 0x200d) return C.Word;
  // Direction marks between the words of right-to-left text are no punctuation.
  if (code === 0x200e || code === 0x200f || code === 0x61c) return C.Space;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return C.Other;
  if (WORD_RE.test(ch)) return C.Word;
  if (SPACE_RE.test(ch)) return C.Space;
  return C.Other;
}
for (let c = 0; c < 128; c++) cls[c] = classify(c);

/** Class of a UTF-16 code unit (computed once per code unit, then cached). */
export function charClass(code: number): number {
  let k = cls[code] as number;
  if (k === 0) {
    k = classify(code);
    cls[code] = k;
  }
  return k;
}
