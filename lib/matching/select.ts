/**
 * The exact and variant pass: reads a text's token stream through the automaton (time linear in
 * the text, whatever the number of aliases), checks each hit's case, capitalisation and spelling
 * distance, applies negative phrases and keeps the longest matches. Deciding what they link to
 * is link.ts's job.
 */
import { translitCost } from "../names/distance";
import type { WordSets } from "./evidence";
import { VARIANT_LIMIT_ONE, VARIANT_LIMIT_START, VARIANT_LIMIT_WORD } from "./evidence";
import { stepper } from "./goto";
import type { Candidate, MatcherOptions } from "./match-types";
import { aliasShapes } from "./shapes";
import { joinLights, looksLikeGivenName, sameLights } from "./spans";
import type { TitleLines } from "./title-lines";
import { buildStream, makeInfo, TokCache, type Tokens, type TokInfo, tokenizeRaw } from "./tokenize";
import type { CompiledIndex, MatchKind } from "./types";
import { ENTRY_AMBIGUOUS, ENTRY_CASE, ENTRY_COMMON, ENTRY_NEGATIVE, ENTRY_PART, ENTRY_SHORT } from "./types";

/** The pass over one text; `counts` are the page's mentions so far (common words need their entity on the page). */
export type Select = (text: string, counts: Map<number, number>) => Candidate[];

/**
 * The pass over the index. `tokens` are the matcher's token buffers, filled anew for each text;
 * `claims` gets [entity, stream position] of the surnames found after another given name.
 * (Arguments by position: the content script's bundle shortens them, not an object's keys.)
 */
export function selector(
  index: CompiledIndex,
  options: MatcherOptions,
  words: WordSets,
  tokens: Tokens,
  capsMeaningless: TitleLines[2],
  claims: number[],
): Select {
  const keyId = new Map(index.keys.map((k, i) => [k, i]));
  const lookupKey = (k: string): number => keyId.get(k) ?? -1;
  const [step, out, dict] = stepper(index);
  // Raw token → info, cached (pages repeat their words).
  const info = new TokCache((raw) => makeInfo(raw, lookupKey));
  const shapeOf = aliasShapes(index.texts);
  const common = new Set(index.common ?? []);
  /** The page's mentions so far (set by select for check). */
  let curCounts: Map<number, number>;

  /** All candidates of the exact/variant pass, negatives applied, longest kept. */
  function select(text: string, counts: Map<number, number>): Candidate[] {
    curCounts = counts;
    tokenText = text;
    const t = tokens;
    tokenizeRaw(text, t, info);
    buildStream(t, lookupKey);
    const m = t.m;
    const found: Candidate[] = [];
    const negs: number[] = [];
    let state = 0;
    for (let i = 0; i < m; i++) {
      if (t.sBreak[i]) state = 0;
      const tok = t.sTok[i] as number;
      if (tok < 0) {
        state = 0;
        continue;
      }
      state = step(state, tok);
      let s = (out[state] as number) >= 0 ? state : (dict[state] as number);
      while (s > 0) {
        const row = index.patterns[out[s] as number] as number[];
        const a = i - (row[1] as number) + 1;
        const c = check(t, a, i, row, negs);
        if (c) found.push(c);
        s = dict[s] as number;
      }
    }
    // Negative phrases: the entity is never linked inside them.
    // `found` is in order of end position: look only at the candidates that end inside each one.
    for (let k = 0; k < negs.length; k += 3) {
      const na = negs[k] as number;
      const nb = negs[k + 1] as number;
      const ne = negs[k + 2] as number;
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((found[mid] as Candidate).b < na) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < found.length && (found[q] as Candidate).b <= nb; q++) {
        const c = found[q] as Candidate;
        if (c.a >= na) c.ents = c.ents.filter((e) => e !== ne);
      }
    }
    const live = found.filter((c) => c.ents.length > 0);
    // Longest first, then a full form before a short one ("حاج قاسم سلیمانی" is "قاسم سلیمانی",
    // not the short "حاج قاسم"), then leftmost; a match never overlaps a longer one.
    live.sort((x, y) => y.b - y.a - (x.b - x.a) || (x.short ? 1 : 0) - (y.short ? 1 : 0) || x.a - y.a);
    const taken = new Uint8Array(m);
    const kept: Candidate[] = [];
    for (const c of live) {
      let free = true;
      for (let p = c.a; p <= c.b; p++) if (taken[p]) free = false;
      if (!free) continue;
      for (let p = c.a; p <= c.b; p++) taken[p] = 1;
      kept.push(c);
    }
    if (options.extend) kept.push(...options.extend(text, t, taken, index));
    kept.sort((x, y) => x.a - y.a);
    return kept;
  }

  /** True when raw token r is an all-capitals word that is no alias key (shouted text). */
  const shouted = (t: Tokens, r: number): boolean => {
    if (r < 0 || r >= t.n) return false;
    const inf = t.rInfo[r] as TokInfo;
    return inf.caps && inf.id < 0 && inf.light.length >= 2;
  };

  /** Case, capitalisation and kind of one automaton hit; null when no entry of the row holds. */
  function check(t: Tokens, a: number, b: number, row: number[], negs: number[]): Candidate | null {
    const r0 = t.sRaw0[a] as number;
    const r1 = t.sRaw1[b] as number;
    const nRaw = r1 - r0 + 1;
    // The hit's light forms joined by spaces: built only for a variant (most hits are exact).
    let spanLight: string | null = null;
    const ents: number[] = [];
    let ambiguous = false;
    let best = 0;
    let bestText = -1;
    let bestCost = 0;
    let isCommon = false;
    let shortAcr = false;
    let isPart = false;
    let isShort = false;
    let isAcronym = false;
    let kind: MatchKind = "variant";
    for (let k = 2; k < row.length; k += 3) {
      const ent = row[k] as number;
      const flags = row[k + 1] as number;
      const shape = shapeOf(row[k + 2] as number);
      const sameLight = sameLights(t, r0, r1, shape.lights);
      if (!sameLight && spanLight === null) spanLight = joinLights(t, r0, r1);
      let ok = true;
      if (flags & ENTRY_CASE) {
        // Exact letters and case only ("IS" never matches "is", "Axis" never "axis").
        if (shape.shapes.length !== nRaw) ok = false;
        else
          for (let r = r0; r <= r1 && ok; r++)
            if ((t.rInfo[r] as TokInfo).bare !== shape.shapes[r - r0]) ok = false;
        // A lone acronym in shouted text ("IRAQ IS BURNING") is a word, not a name.
        if (ok && a === b && (shouted(t, r0 - 1) || shouted(t, r1 + 1))) ok = false;
      } else {
        // A name written in capitals is found only capitalised ("Trump", never "trump card").
        if (shape.cap[0] && !(t.rInfo[r0] as TokInfo).cap) ok = false;
        if (shape.shapes.length === nRaw) {
          for (let r = r0; r <= r1 && ok; r++) {
            const inf = t.rInfo[r] as TokInfo;
            // An acronym inside a longer alias keeps its case; a variant keeps the capitals of a name.
            if (shape.caps[r - r0] && !inf.caps) ok = false;
            if (!sameLight && shape.cap[r - r0] && !inf.cap) ok = false;
          }
        }
      }
      // A surname after another given name is another person ("Tariq al-Hashimi", "Hunter Biden").
      if (ok && flags & ENTRY_PART) {
        const first = (t.sArt[a] as number) >= 0 ? r0 - 1 : r0;
        const prev = t.rInfo[first - 1];
        if (
          prev?.cap &&
          !prev.caps &&
          !((t.rGap[first] as number) & 1) &&
          prev.art === 0 &&
          looksLikeGivenName(prev.light, t.rInfo[first - 2]?.light, words)
        ) {
          ok = false;
          // Another person with this surname is on the page ("Musa al-Sadr"): the bare surname is theirs too.
          claims.push(ent, a);
        }
      }
      // One short word spelt differently from every alias is too weak to link.
      if (ok && !sameLight && a === b && (spanLight as string).length < 4) ok = false;
      if (!ok) continue;
      if (flags & ENTRY_NEGATIVE) {
        negs.push(a, b, ent);
        continue;
      }
      let conf: number;
      let cost = 0;
      // Arabic script keys are its folded letters: the same letters, split or joined otherwise
      // ("حزب‌الله", "ابومهدي"), are the alias itself.
      if (
        sameLight ||
        ((t.rInfo[r0] as TokInfo).ar && noSpaces(spanLight as string) === noSpaces(shape.light))
      ) {
        conf = a === b ? 0.95 : 1;
        kind = "exact";
      } else {
        const span = spanLight as string;
        let d = shape.distances.get(span);
        if (d === undefined) {
          if (shape.distances.size > 1000) shape.distances.clear();
          // Spaces left out: "Hizb Allah" is one name with "Hezbollah".
          d = translitCost(span.replace(/ /g, ""), shape.light.replace(/ /g, ""));
          shape.distances.set(span, d);
        }
        cost = d;
        // A re-transliteration, not a word that shares the consonants; where capitals mean
        // nothing (a sentence start, a title-case line) one word must be closer still.
        const words = b - a + 1;
        const limit =
          words > 1
            ? VARIANT_LIMIT_WORD * words
            : span.length < 5 || capsMeaningless(t, r0)
              ? VARIANT_LIMIT_START
              : VARIANT_LIMIT_ONE;
        if (d > limit) continue;
        // A common word close to a one-word alias ("hummus", "bidden") needs the entity on the page.
        if (words === 1 && common.has(span) && !(curCounts.get(ent) ?? 0)) continue;
        conf = Math.max(0.6, 0.95 - 0.3 * d);
      }
      if (conf > best || (conf === best && bestText < 0)) {
        best = conf;
        bestText = row[k + 2] as number;
        bestCost = cost;
      }
      if (flags & ENTRY_AMBIGUOUS) ambiguous = true;
      if (flags & ENTRY_COMMON) isCommon = true;
      if (flags & ENTRY_PART) isPart = true;
      if (flags & ENTRY_SHORT) isShort = true;
      if (flags & ENTRY_CASE && shape.caps.every(Boolean)) {
        isAcronym = true;
        // Two or three capitals stand for many things; dots ("P.M.F.") or a possessive make a name.
        if (shape.light.length <= 3 && !writtenAsName(t, r0, r1)) shortAcr = true;
      }
      if (!ents.includes(ent)) ents.push(ent);
    }
    if (ents.length === 0) return null;
    if (ents.length > 1) ambiguous = true;
    return {
      a,
      b,
      ents,
      ambiguous,
      kind,
      conf: best,
      cost: bestCost,
      common: isCommon,
      shortAcronym: shortAcr,
      part: isPart,
      short: isShort,
      acronym: isAcronym,
      text: bestText,
    };
  }

  return select;
}

function noSpaces(s: string): string {
  return s.replace(/ /g, "");
}

/** Raw tokens r0..r1 written with dots ("P.M.F.") or followed by a possessive ("PUK's"). */
function writtenAsName(t: Tokens, r0: number, r1: number): boolean {
  for (let i = t.rStart[r0] as number; i < (t.rEnd[r1] as number); i++)
    if (tokenText.charCodeAt(i) === 46) return true;
  return possessiveAfter(t, r1);
}

function possessiveAfter(t: Tokens, r: number): boolean {
  const text = tokenText;
  const e = t.rEnd[r] as number;
  const a = text.charCodeAt(e);
  const b = text.charCodeAt(e + 1) | 32;
  return (a === 39 || a === 0x2019) && b === 115;
}

/** The text being scanned (for the few checks that look at punctuation). */
let tokenText = "";
