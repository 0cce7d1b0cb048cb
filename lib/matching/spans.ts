/** Tests on the raw tokens of a hit and around it: light forms, capitals, headlines, given names. */
import { freeNeighbour, type WordSets } from "./evidence";
import { charClass } from "./normalize";
import { GAP_BREAK, type Tokens, type TokInfo } from "./tokenize";

/** True when raw token r (the gap before it at gapAt) is a capitalised word of another name. */
export function nameWord(t: Tokens, covered: Uint8Array, r: number, gapAt: number, words: WordSets): boolean {
  if (r < 0 || r >= t.n || covered[r]) return false;
  if ((t.rGap[gapAt] as number) & GAP_BREAK) return false;
  const inf = t.rInfo[r] as TokInfo;
  // "Asaad al-Shaibani": an article and a capitalised word go on with the name.
  if (inf.art !== 0 && gapAt === r && r + 1 < t.n && !covered[r + 1])
    return !((t.rGap[r + 1] as number) & GAP_BREAK) && (t.rInfo[r + 1] as TokInfo).cap;
  if (!inf.cap || inf.caps || inf.art !== 0) return false;
  const c = inf.light.charCodeAt(0);
  return !(c >= 48 && c <= 57) && !freeNeighbour(inf.light, words);
}

/** True when raw tokens r0..r1 stand inside a longer run of capitalised name words. */
export function inLongerName(
  t: Tokens,
  r0: number,
  r1: number,
  covered: Uint8Array,
  single: boolean,
  words: WordSets,
): boolean {
  // Before a name of several words, a capitalised word is mostly a modifier ("the Obama White
  // House", "Longtime Donald Trump advocate"); before one word it is mostly a given name.
  return (single && nameWord(t, covered, r0 - 1, r0, words)) || nameWord(t, covered, r1 + 1, r1 + 1, words);
}

/** The raw token a stream token starts at, its article included. */
export function firstRaw(t: Tokens, a: number): number {
  const r = t.sRaw0[a] as number;
  return (t.sArt[a] as number) >= 0 ? r - 1 : r;
}

/** A headline: at least three longer words, nearly all of them capitalised. */
export function isTitleCase(line: string): boolean {
  let caps = 0;
  let all = 0;
  let len = 0;
  let cap = false;
  const n = line.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? line.charCodeAt(i) : 32;
    const letter =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      c === 39 ||
      c === 0x2019 ||
      (c > 127 && charClass(c) === 1);
    if (letter) {
      if (len === 0) {
        const ch = line[i] as string;
        cap = ch !== ch.toLowerCase();
      }
      len++;
      continue;
    }
    if (len >= 4) {
      all++;
      if (cap) caps++;
      // A line of prose shows itself early: stop reading it.
      if (all - caps > 3 && all - caps > 0.15 * all) return false;
    }
    len = 0;
  }
  return all >= 3 && caps >= 0.85 * all;
}

/** True when raw tokens r0..r1 have exactly the light forms `lights` (no string built). */
export function sameLights(t: Tokens, r0: number, r1: number, lights: string[]): boolean {
  if (lights.length !== r1 - r0 + 1) return false;
  for (let r = r0; r <= r1; r++) if ((t.rInfo[r] as TokInfo).light !== lights[r - r0]) return false;
  return true;
}

/** Light forms of raw tokens r0..r1 joined by spaces (one token: its own string, no copy). */
export function joinLights(t: Tokens, r0: number, r1: number): string {
  let s = (t.rInfo[r0] as TokInfo).light;
  for (let r = r0 + 1; r <= r1; r++) s += ` ${(t.rInfo[r] as TokInfo).light}`;
  return s;
}

/** English word shapes that are not given names: "-ing", "-ly", "-tion"… */
export const ENGLISH_SUFFIX = /(?:ing|ly|ous|ful|ive|tion|ment|ness)$/;

/**
 * Could `word` (light form, capitalised in the text) be another person's given name standing
 * before a surname? Not a title, function word or demonym, not shaped like an English word, and
 * not right after an article ("The Disappointing Kadhimi").
 */
export function looksLikeGivenName(word: string, before: string | undefined, words: WordSets): boolean {
  if (words.notGiven.has(word) || ENGLISH_SUFFIX.test(word)) return false;
  return !(before === "the" || before === "a" || before === "an");
}
