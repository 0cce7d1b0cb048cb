/**
 * Cuts a text into word tokens (with UTF-16 offsets) and then into the "stream" the automaton
 * reads: Arabic articles left out ("al-Sudani" reads as "sudani"), "Abd al-" / "Abdul" joined to
 * the next word, and a reset wherever punctuation separates two words.
 */
import { isArabicCode } from "../names/arabic";
import { charClass as importedCharClass, phoneticKey } from "./normalize";
import { TokCache } from "./tok-cache";
import { makeInfo, type TokInfo } from "./tok-info";

export { makeInfo, TokCache, type TokInfo };

// Local copies for the hot loop (bundlers and tsx may turn imported bindings into getters).
const charClass = importedCharClass;
const WORD = 1;
const APOS = 2;
const HYPHEN = 3;
const SPACE = 4;
const NEWLINE = 5;
const STOP = 6;
/** ASCII classes, read without a call in the hot loop. */
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => importedCharClass(c));

/**
 * Code unit at i, or -1 past the end. The lookaheads use this, never a bare `charCodeAt(i + 1)`:
 * one NaN read past the end of a short text (an alias at compile time) is enough for V8 to
 * recompile the whole tokenizer with every character as a float — twice as slow on a page.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Class of the code unit at i; 0 (no class) past the end. */
function classAt(text: string, i: number): number {
  return i < text.length ? charClass(text.charCodeAt(i)) : 0;
}

/** " « » “ ” „ */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** The nearest characters before and after position i, spaces skipped, are Arabic script. */
function arabicAround(text: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && text.charCodeAt(a) === 32) a--;
  let b = i + 1;
  while (b < text.length && text.charCodeAt(b) === 32) b++;
  return a >= 0 && b < text.length && isArabicCode(text.charCodeAt(a)) && isArabicCode(text.charCodeAt(b));
}

/** Gap flags, stored on the token that follows the gap. */
export const GAP_BREAK = 1; // punctuation: no alias spans it
export const GAP_STOP = 2; // sentence end (or start of text / paragraph)
export const GAP_HYPHEN = 4; // exactly one hyphen
export const GAP_SPACE = 8; // whitespace only (may be empty for the first token)

/** A token array at its first size (growRaw and growStream double it). */
function ints(): Int32Array<ArrayBuffer> {
  return new Int32Array(256);
}

export class Tokens {
  /** Raw tokens. */
  n = 0;
  rStart = ints();
  rEnd = ints();
  rGap = new Uint8Array(256);
  rInfo: TokInfo[] = [];
  /** Stream tokens. */
  m = 0;
  sStart = ints();
  sEnd = ints();
  sTok = ints();
  /** First and last raw token of each stream token (inclusive). */
  sRaw0 = ints();
  sRaw1 = ints();
  /** Start of an article written right before it ("al-"), or -1. */
  sArt = ints();
  sBreak = new Uint8Array(256);

  growRaw(): void {
    const k = this.rStart.length * 2;
    this.rStart = grow(this.rStart, k);
    this.rEnd = grow(this.rEnd, k);
    const g = new Uint8Array(k);
    g.set(this.rGap);
    this.rGap = g;
  }
  growStream(): void {
    const k = this.sStart.length * 2;
    this.sStart = grow(this.sStart, k);
    this.sEnd = grow(this.sEnd, k);
    this.sTok = grow(this.sTok, k);
    this.sRaw0 = grow(this.sRaw0, k);
    this.sRaw1 = grow(this.sRaw1, k);
    this.sArt = grow(this.sArt, k);
    const b = new Uint8Array(k);
    b.set(this.sBreak);
    this.sBreak = b;
  }
}

function grow(a: Int32Array<ArrayBuffer>, k: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(k);
  b.set(a);
  return b;
}

/** Hash of a token's characters: FNV-1a, one step per UTF-16 code unit (see `hashRange`). */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Finds the raw tokens of `text` into `t` (raw part only). The tokenizer hashes each token's
 * characters while it reads them, so the resolver can find a known token without a slice.
 */
export function tokenizeRaw(text: string, t: Tokens, cache: TokCache): void {
  const n = text.length;
  let i = 0;
  let k = 0;
  let gap = GAP_STOP | GAP_SPACE;
  let hyphens = 0;
  let others = 0;
  let newlines = 0;
  const infos = t.rInfo;
  // Hoisted: re-read only after growing.
  let rStart = t.rStart;
  let rEnd = t.rEnd;
  let rGap = t.rGap;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cl = c < 128 ? (ASCII[c] as number) : charClass(c);
    if (cl !== WORD) {
      if (cl === SPACE) {
        // nothing
      } else if (cl === HYPHEN) hyphens++;
      else if (cl === NEWLINE) {
        if (c === 10 && ++newlines >= 2) gap |= GAP_BREAK | GAP_STOP;
      } else if (cl === APOS && i > 0 && classAt(text, i - 1) === SPACE) {
        // An opening quote or an ayn sign before a word ("ʿAli", "‘Hezbollah’") joins nothing.
      } else if (
        c === 95 &&
        i > 0 &&
        isArabicCode(text.charCodeAt(i - 1)) &&
        isArabicCode(codeAt(text, i + 1))
      ) {
        // An Arabic hashtag joins its words with underscores ("#هشام_الهاشمي"): a space.
      } else if (isQuote(c) && arabicAround(text, i)) {
        // Arabic news quotes part of a name (كتائب "حزب الله", «حزب الله» العراقي): no break.
      } else {
        others++;
        gap |= GAP_BREAK;
        if (cl === STOP) gap |= GAP_STOP;
        // The "s" of a possessive after a closing apostrophe is not a word.
        const e = codeAt(text, i + 1);
        if (cl === APOS && (e === 115 || e === 83) && classAt(text, i + 2) !== WORD) i++;
      }
      i++;
      continue;
    }
    const s = i;
    let h = FNV_BASIS;
    // Dotted acronym: "U.S.", "U.N." → one token.
    if (
      c >= 65 &&
      c <= 90 &&
      codeAt(text, i + 1) === 46 &&
      classAt(text, i + 2) === WORD &&
      codeAt(text, i + 3) === 46
    ) {
      i += 2;
      while (i + 1 < n && classAt(text, i) === WORD && text.charCodeAt(i + 1) === 46) i += 2;
      h = hashRange(text, s, i);
    } else {
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dl = d < 128 ? (ASCII[d] as number) : charClass(d);
        if (dl === WORD) {
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
          continue;
        }
        if (dl === APOS && classAt(text, i + 1) === WORD) {
          const e = text.charCodeAt(i + 1);
          // "Kadhimi’s": a possessive ends the token; "Kata’ib": the apostrophe joins it.
          if ((e === 115 || e === 83) && classAt(text, i + 2) !== WORD) break;
          h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ e, FNV_PRIME);
          i += 2;
          continue;
        }
        break;
      }
    }
    if (k === rStart.length) {
      t.growRaw();
      rStart = t.rStart;
      rEnd = t.rEnd;
      rGap = t.rGap;
    }
    rStart[k] = s;
    rEnd[k] = i;
    if (others === 0 && newlines < 2) {
      if (hyphens === 1) gap |= GAP_HYPHEN;
      else if (hyphens === 0) gap |= GAP_SPACE;
      else gap |= GAP_BREAK;
    }
    rGap[k] = gap;
    infos[k] = cache.get(text, s, i, h);
    k++;
    gap = 0;
    hyphens = 0;
    others = 0;
    newlines = 0;
  }
  t.n = k;
}

/** The hash `tokenizeRaw` computes for text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Builds the stream from the raw tokens. `lookupKey` maps a phonetic key to its dictionary id
 * (used for joined "Abdul" compounds).
 */
export function buildStream(t: Tokens, lookupKey: (key: string) => number): void {
  const n = t.n;
  const infos = t.rInfo;
  let m = 0;
  let pendingBreak = 0;
  for (let r = 0; r < n; r++) {
    const inf = infos[r] as TokInfo;
    let gap = t.rGap[r] as number;
    if (pendingBreak) {
      gap |= GAP_BREAK;
      pendingBreak = 0;
    }
    let art = -1;
    let r0 = r;
    let cur = inf;
    // Article: "al-X", "Al X", "al X" (X capitalised), "ash-Shuhada" (sun letter repeated).
    if (inf.art !== 0 && r + 1 < n) {
      const g = t.rGap[r + 1] as number;
      const nx = infos[r + 1] as TokInfo;
      const ok =
        inf.art === 1
          ? (g & GAP_HYPHEN) !== 0 || ((g & GAP_SPACE) !== 0 && nx.cap && !nx.caps)
          : (g & GAP_HYPHEN) !== 0 && nx.light.startsWith(inf.light.slice(1));
      if (ok && !nx.art) {
        art = t.rStart[r] as number;
        r++;
        r0 = r;
        cur = nx;
      }
    }
    let id = cur.id;
    let r1 = r0;
    // Arabic script: "عبد الكريم" = "عبدالكريم", "أبو مهدي" = "ابومهدي".
    if (cur.abd && cur.ar && r1 + 1 < n) {
      const nx = infos[r1 + 1] as TokInfo;
      if (!((t.rGap[r1 + 1] as number) & GAP_BREAK) && nx.ar && !nx.abd && nx.cl === 0) {
        id = lookupKey(cur.light + nx.light);
        r1++;
      }
    } else if (cur.abd && r1 + 1 < n) {
      // "Abd al-Mahdi", "Abdul Mahdi", "Abdul-Mahdi": one token, keyed like "Abdulmahdi".
      let j = r1 + 1;
      let joined = cur.light === "abd" ? "abd" : "abdul";
      const gj = t.rGap[j] as number;
      if (!(gj & GAP_BREAK) && (infos[j] as TokInfo).art === 1 && j + 1 < n) {
        const gk = t.rGap[j + 1] as number;
        if (gk & GAP_HYPHEN || (gk & GAP_SPACE && (infos[j + 1] as TokInfo).cap)) {
          joined = "abdul";
          j++;
        }
      }
      const g = t.rGap[j] as number;
      const nx = infos[j] as TokInfo;
      if (!(g & GAP_BREAK) && (g & GAP_HYPHEN || nx.cap) && !nx.abd) {
        id = lookupKey(phoneticKey(joined + nx.light));
        r1 = j;
      }
    }
    // "Hizb Allah" = "Hizballah", "Ansar Allah" = "Ansarallah": Allah joins the word before it.
    if (r1 === r0 && r1 + 1 < n && !cur.abd) {
      const nx = infos[r1 + 1] as TokInfo;
      const g = t.rGap[r1 + 1] as number;
      if (nx.allah && !(g & GAP_BREAK) && cur.ar === nx.ar) {
        id = lookupKey(cur.ar ? cur.light + nx.light : phoneticKey(`${cur.light}allah`));
        r1++;
      }
    }
    if (m === t.sStart.length) t.growStream();
    // Proclitics stand outside the mention ("و" of "والكاظمي").
    t.sStart[m] = (t.rStart[r0] as number) + (infos[r0] as TokInfo).cl;
    t.sEnd[m] = t.rEnd[r1] as number;
    t.sTok[m] = id;
    t.sRaw0[m] = r0;
    t.sRaw1[m] = r1;
    t.sArt[m] = art;
    t.sBreak[m] = gap & GAP_BREAK ? 1 : 0;
    // A break inside the skipped part (article, compound) applies to the next stream token.
    for (let q = art >= 0 ? r0 : r0 + 1; q <= r1; q++) if ((t.rGap[q] as number) & GAP_BREAK) t.sBreak[m] = 1;
    m++;
    r = r1;
  }
  t.m = m;
}

/** The stream keys of a short text (an alias): what the compiler puts in the automaton. */
export function streamKeys(text: string): { keys: string[]; lights: string[] } {
  const t = new Tokens();
  const keyOf = new Map<number, string>();
  const reg: string[] = [];
  const lookup = (key: string): number => {
    reg.push(key);
    keyOf.set(reg.length - 1, key);
    return reg.length - 1;
  };
  tokenizeRaw(text, t, new TokCache((raw) => makeInfo(raw, lookup)));
  buildStream(t, lookup);
  const keys: string[] = [];
  const lights: string[] = [];
  for (let i = 0; i < t.m; i++) {
    keys.push(keyOf.get(t.sTok[i] as number) as string);
    const parts: string[] = [];
    for (let r = t.sRaw0[i] as number; r <= (t.sRaw1[i] as number); r++)
      parts.push((t.rInfo[r] as TokInfo).light);
    lights.push(parts.join(" "));
  }
  return { keys, lights };
}
