/**
 * The scanner: reads a text's token stream through the compiled Aho–Corasick automaton (time
 * linear in the text, whatever the number of aliases), checks case and capitalisation, applies
 * negative phrases, keeps the longest matches, and resolves ambiguous aliases from the evidence
 * on the page. No DOM, no fuse.js: this is what the content script bundles.
 */
import { editDistance, translitCost } from "../names/distance";
import { blockAbbreviations } from "./abbreviations";
import {
  allIn,
  anyIn,
  confidentOthers,
  EXACT,
  FUZZY,
  isConf,
  PLACE_PREPOSITIONS,
  sortByStart,
} from "./decide-rules";
import {
  abbreviates,
  freeNeighbour,
  SHORT_FORM,
  VARIANT_LIMIT_ONE,
  VARIANT_LIMIT_START,
  VARIANT_LIMIT_WORD,
  wordSets,
} from "./evidence";
import type { AliasShape, Candidate, Extender, MatcherOptions } from "./match-types";
import { NORM_VERSION } from "./normalize";
import { isPacked, type PackedIndex, unpackIndex } from "./pack";
import { KUNYA, newPageState, type PageState, setDef } from "./page-state";
import { pick } from "./pick";
import { firstRaw, isTitleCase, joinLights, looksLikeGivenName, nameWord, sameLights } from "./spans";
import {
  buildStream,
  GAP_BREAK,
  GAP_STOP,
  makeInfo,
  TokCache,
  Tokens,
  type TokInfo,
  tokenizeRaw,
} from "./tokenize";
import type { CompiledIndex, LinkReason, MatchKind, Mention } from "./types";
import * as T from "./types";

export {
  type Candidate,
  type Extender,
  editDistance,
  isTitleCase,
  looksLikeGivenName,
  type MatcherOptions,
  pick,
};

// Local copies (imported bindings can be getters once bundled or run through tsx).
const ENTRY_AMBIGUOUS = T.ENTRY_AMBIGUOUS;
const ENTRY_CASE = T.ENTRY_CASE;
const ENTRY_NEGATIVE = T.ENTRY_NEGATIVE;
const ENTRY_PART = T.ENTRY_PART;
const ENTRY_COMMON = T.ENTRY_COMMON;
const CONFIDENT = T.CONFIDENT;

export interface Matcher {
  /** Mentions in one text, with fresh evidence. */
  scan(text: string): Mention[];
  /** Page-level: evidence carries across texts scanned in document order. */
  session(): MatchSession;
}

export interface MatchSession {
  scan(text: string): Mention[];
}

/** A matcher over the compiled index, plain or packed (data/build/alias-index.json is packed). */
export function createMatcher(source: CompiledIndex | PackedIndex, options: MatcherOptions = {}): Matcher {
  const index = isPacked(source) ? unpackIndex(source) : source;
  if (index.v !== 1 || index.norm !== NORM_VERSION)
    throw new Error(
      `alias index: built with ${index.norm} v${index.v}, this matcher reads ${NORM_VERSION} v1`,
    );
  const words = wordSets(index.words);
  const nStates = index.fail.length + 1;
  const nKeys = index.keys.length;
  const keyId = new Map<string, number>();
  for (let i = 0; i < nKeys; i++) keyId.set(index.keys[i] as string, i);
  const lookupKey = (k: string): number => keyId.get(k) ?? -1;

  // Goto function, grouped by token: for token t, pairs (state, child) in tokStart[t]..tokStart[t+1].
  const tokStart = new Int32Array(nKeys + 1);
  const edges = index.edges;
  for (let e = 1; e < edges.length; e += 2) (tokStart[(edges[e] as number) + 1] as number)++;
  for (let t = 0; t < nKeys; t++) tokStart[t + 1] = (tokStart[t + 1] as number) + (tokStart[t] as number);
  const fill = tokStart.slice(0, nKeys);
  const pairs = new Int32Array(edges.length);
  for (let e = 0, s = 1; e < edges.length; e += 2, s++) {
    const t = edges[e + 1] as number;
    const at = (fill[t] as number) * 2;
    fill[t] = (fill[t] as number) + 1;
    pairs[at] = edges[e] as number;
    pairs[at + 1] = s;
  }
  const fail = new Int32Array(nStates);
  fail.set(index.fail, 1);
  const out = new Int32Array(nStates).fill(-1);
  index.patterns.forEach((row, ri) => {
    out[row[0] as number] = ri;
  });
  // Dictionary links: the nearest state on the failure chain that ends a pattern.
  const dict = new Int32Array(nStates);
  for (let s = 1; s < nStates; s++) {
    const f = fail[s] as number;
    dict[s] = (out[f] as number) >= 0 ? f : (dict[f] as number);
  }

  const step = (state: number, tok: number): number => {
    const lo = (tokStart[tok] as number) * 2;
    const hi = (tokStart[tok + 1] as number) * 2;
    for (;;) {
      // States are few per token: a linear scan, binary search when many.
      if (hi - lo <= 16) {
        for (let p = lo; p < hi; p += 2) if (pairs[p] === state) return pairs[p + 1] as number;
      } else {
        let a = lo / 2;
        let b = hi / 2 - 1;
        while (a <= b) {
          const mid = (a + b) >> 1;
          const v = pairs[mid * 2] as number;
          if (v === state) return pairs[mid * 2 + 1] as number;
          if (v < state) a = mid + 1;
          else b = mid - 1;
        }
      }
      if (state === 0) return 0;
      state = fail[state] as number;
    }
  };

  // Raw token → info, cached (pages repeat their words).
  const info = new TokCache((raw) => makeInfo(raw, lookupKey));

  // Alias texts cut into raw tokens once, at their first hit (by text index).
  const shapes: (AliasShape | undefined)[] = [];
  const shapeOf = (ti: number): AliasShape => {
    let s = shapes[ti];
    if (!s) {
      const text = index.texts[ti] as string;
      const t = new Tokens();
      tokenizeRaw(text, t, new TokCache((raw) => makeInfo(raw, () => -1)));
      buildStream(t, () => -1);
      const r0 = t.m > 0 ? (t.sRaw0[0] as number) : 0;
      const lights: string[] = [];
      const sh: string[] = [];
      const cap: boolean[] = [];
      const caps: boolean[] = [];
      for (let r = r0; r < t.n; r++) {
        const inf = t.rInfo[r] as TokInfo;
        lights.push(inf.light);
        sh.push(inf.bare);
        cap.push(inf.cap);
        caps.push(inf.caps);
      }
      s = { light: lights.join(" "), lights, distances: new Map(), shapes: sh, cap, caps };
      shapes[ti] = s;
    }
    return s;
  };

  const related = new Map<number, number[]>();
  const rel = index.related ?? [];
  for (let k = 0; k + 1 < rel.length; k += 2) {
    const [x, y] = [rel[k] as number, rel[k + 1] as number];
    related.set(x, [...(related.get(x) ?? []), y]);
    related.set(y, [...(related.get(y) ?? []), x]);
  }
  /** Candidates with a related entity (affiliation) linked on the page; the only one, or null. */
  const byContext = (
    cands: number[],
    counts: Map<number, number>,
    ahead: Map<number, number>,
  ): number | null => {
    const hits = cands.filter((c) =>
      (related.get(c) ?? []).some((r) => (counts.get(r) ?? 0) + (ahead.get(r) ?? 0) > 0),
    );
    return hits.length === 1 ? (hits[0] as number) : null;
  };

  /**
   * Evidence for an ambiguous match, strongest first: earlier mentions on the page (this text and
   * the session's earlier texts); mentions later in this text; an affiliated entity mentioned on
   * the page. Returns the entity and a confidence factor, or [null, 0.5].
   */
  const resolve = (
    cands: number[],
    counts: Map<number, number>,
    ahead: Map<number, number>,
  ): [number | null, number, number] => {
    const before = pick(cands, counts);
    if (before !== null) return [before, 0.9, 0];
    const after = pick(cands, ahead);
    if (after !== null) return [after, 0.8, 1];
    if (cands.every((e) => !counts.has(e) && !ahead.has(e))) {
      const ctx = byContext(cands, counts, ahead);
      if (ctx !== null) return [ctx, 0.7, 2];
    }
    return [null, 0.5, -1];
  };

  const tokens = new Tokens();

  /** All candidates of the exact/variant pass, negatives applied, longest kept. */
  function select(text: string): Candidate[] {
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
    // Longest first, then leftmost; a match never overlaps a longer one.
    live.sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
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
      if (sameLight) {
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
      acronym: isAcronym,
      text: bestText,
    };
  }

  /** Text of a title-case line (a headline: most longer words capitalised), by line start. */
  let lineText = "";
  // The last line looked at: hits come in text order, so one line is cut out and tested once.
  let lineFrom = 0;
  let lineTo = -1;
  let lineIs = false;
  const lineSeen = new Map<number, boolean>();
  const titleLine = (t: Tokens, r: number): boolean => {
    const at = t.rStart[r] as number;
    if (at < lineFrom || at >= lineTo) {
      lineFrom = lineText.lastIndexOf("\n", at) + 1;
      const to = lineText.indexOf("\n", at);
      lineTo = to < 0 ? lineText.length : to;
      const known = lineSeen.get(lineFrom);
      lineIs = known ?? isTitleCase(lineText.slice(lineFrom, lineTo));
      if (known === undefined) lineSeen.set(lineFrom, lineIs);
    }
    return lineIs;
  };
  /** A capital at raw token r says nothing: it starts a sentence or stands in a title-case line. */
  const capsMeaningless = (t: Tokens, r: number): boolean => {
    const first =
      r > 0 && (t.rInfo[r - 1] as TokInfo).art !== 0 && !((t.rGap[r] as number) & GAP_BREAK) ? r - 1 : r;
    return ((t.rGap[first] as number) & GAP_STOP) !== 0 || titleLine(t, r);
  };

  const common = new Set(index.common ?? []);
  const persons = new Set(index.persons ?? []);
  const compound = new Set<number>();
  const cp = index.compounds ?? [];
  for (let k = 0; k + 1 < cp.length; k += 2) compound.add((cp[k] as number) * 65536 + (cp[k + 1] as number));
  /** The page's mentions so far while a text is checked (common words need their entity on the page). */
  let curCounts = new Map<number, number>();
  /** [entity, stream position] of surnames found after another given name, in this text. */
  const claims: number[] = [];

  /** True when raw tokens r0..r1 stand inside a longer run of capitalised name words. */
  const inLongerName = (t: Tokens, r0: number, r1: number, covered: Uint8Array, single: boolean): boolean => {
    // Before a name of several words, a capitalised word is mostly a modifier ("the Obama White
    // House", "Longtime Donald Trump advocate"); before one word it is mostly a given name.
    return (single && nameWord(t, covered, r0 - 1, r0, words)) || nameWord(t, covered, r1 + 1, r1 + 1, words);
  };

  const variantReasons = new Map<number, LinkReason>();
  const variantReason = (ti: number): LinkReason => {
    let r = variantReasons.get(ti);
    if (!r) {
      r = { kind: "variant", text: `spelling variant of “${index.texts[ti] ?? ""}”` };
      variantReasons.set(ti, r);
    }
    return r;
  };

  function run(text: string, st: PageState): Mention[] {
    curCounts = st.counts;
    tokenText = text;
    claims.length = 0;
    blockAbbreviations(text, st);
    lineText = text;
    lineFrom = 0;
    lineTo = -1;
    lineSeen.clear();
    const cands = select(text);
    const t = tokens;
    const counts = st.counts;
    // Forward context: unambiguous mentions anywhere in this text.
    const ahead = new Map<number, number>();
    let aheadConfident = false;
    for (const c of cands)
      if (!c.ambiguous) {
        ahead.set(c.ents[0] as number, (ahead.get(c.ents[0] as number) ?? 0) + 1);
        if (isConf(c)) aheadConfident = true;
      }
    // A claim stands unless a longer name of the same entity covers it ("Qais al-Khazali").
    for (let k = 0; k < claims.length; k += 2) {
      const e = claims[k] as number;
      const p = claims[k + 1] as number;
      // Kept candidates never overlap and are sorted: the one that may hold p is the last with a ≤ p.
      let lo = 0;
      let hi = cands.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cands[mid] as Candidate).a <= p) lo = mid + 1;
        else hi = mid;
      }
      const holder = cands[lo - 1];
      if (!(holder && holder.b >= p && holder.ents.includes(e))) st.claimed.add(e);
    }
    const confidentHere = confidentOthers(cands, null);
    const claimed = st.claimed;
    const covered = new Uint8Array(t.n);
    for (const c of cands) for (let r = firstRaw(t, c.a); r <= (t.sRaw1[c.b] as number); r++) covered[r] = 1;
    const out: Mention[] = [];
    const add = (
      a: number,
      b: number,
      id: number | null,
      cands: number[],
      kind: MatchKind,
      conf: number,
      reason: LinkReason,
    ) => {
      const art = t.sArt[a] as number;
      const start = art >= 0 ? art : (t.sStart[a] as number);
      const end = t.sEnd[b] as number;
      if (id !== null) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (conf >= CONFIDENT) st.confident++;
      }
      out.push({
        surface: text.slice(start, end),
        start,
        end,
        id: id === null ? null : (index.entities[id] as string),
        candidates: id === null ? cands.map((e) => index.entities[e] as string) : [],
        match: kind,
        confidence: Math.round(conf * 1000) / 1000,
        reason,
      });
    };
    /** Links candidate `c` (raw tokens r0..r1) or returns false: it is left out. */
    const link = (c: Candidate, r0: number, r1: number): boolean => {
      // A name inside a longer name that is no alias is not that entity (a company, a namesake).
      const title = titleLine(t, r0);
      const longer = inLongerName(t, r0, r1, covered, c.a === c.b);
      // In a title-case line every word is capitalised: a name of several words in a longer run
      // there is kept only on a page already about our domain ("White House Black Market Women's
      // Skirt" is a shop's headline); a person's name before the headline's verb is kept ("Donald
      // Trump Advises Boeing…").
      const group = !anyIn(c.ents, persons);
      if (
        title &&
        longer &&
        group &&
        c.a < c.b &&
        st.confident === 0 &&
        confidentHere - (isConf(c) ? 1 : 0) === 0
      ) {
        return false;
      }
      if (!title && longer) {
        // The page uses this word in another name ("Asaad al-Shaibani"): alone later, it is that name.
        if (c.a === c.b) st.otherNames.add((t.rInfo[t.sRaw0[c.a] as number] as TokInfo).light);
        return false;
      }
      if (
        c.a === c.b &&
        c.kind !== "exact" &&
        st.otherNames.has((t.rInfo[t.sRaw0[c.a] as number] as TokInfo).light) &&
        !anyIn(c.ents, st.full)
      ) {
        return false;
      }
      // An abbreviation the page defines as something else ("probability mass function (PMF)").
      if (c.acronym && st.defined.get(`=${(t.rInfo[r0] as TokInfo).bare}`)?.ent === -1) {
        return false;
      }
      // A surname that another person on the page bears, without our person's full name.
      if (
        c.part &&
        c.a === c.b &&
        !c.ambiguous &&
        claimed.has(c.ents[0] as number) &&
        !st.full.has(c.ents[0] as number)
      ) {
        return false;
      }
      // "in Sulaimani": after a preposition of place, a respelt surname is a place.
      const before = t.rInfo[r0 - 1];
      if (
        c.kind === "variant" &&
        c.a === c.b &&
        before &&
        PLACE_PREPOSITIONS.has(before.light) &&
        allIn(c.ents, persons)
      ) {
        return false;
      }
      let id: number | null = c.ents[0] as number;
      let factor = 1;
      let reason: LinkReason =
        c.kind === "exact" ? EXACT : c.kind === "fuzzy" ? FUZZY : variantReason(c.text as number);
      if (c.ambiguous) {
        let how: number;
        [id, factor, how] = resolve(c.ents, counts, ahead);
        if (id === null) {
          // A variant or a single weak candidate is not drawn; several stay possible (see onTopic).
          // A bare one-word surname of several persons ("Hussein") is mostly someone else's name.
          const bareSurname = c.a === c.b && (t.sArt[c.a] as number) < 0 && allIn(c.ents, persons);
          if (c.kind !== "exact" || c.ents.length < 2 || bareSurname) {
            return false;
          }
          reason = { kind: "possible", text: "the name of several entities; nothing on the page decides" };
        } else
          reason = {
            kind: "evidence",
            text: [
              "named earlier on this page",
              "named later in this text",
              "an affiliated entity is named on this page",
            ][how] as string,
          };
      }
      // A short form that is a common word, or a short acronym: linked after its full form (or
      // a title, for a person), or an acronym on a page that is about our domain.
      // (A person's surname that is a common word, "Trump", is a name wherever it is capitalised.)
      if (id !== null && ((c.common && !persons.has(id)) || c.shortAcronym)) {
        const prev = t.rInfo[r0 - 1];
        const titled = prev !== undefined && words.titles.has(prev.light) && persons.has(id);
        const seen = (counts.get(id) ?? 0) > 0;
        const onTopic = c.shortAcronym && (st.confident > 0 || aheadConfident);
        if (!seen && !titled && !onTopic) {
          return false;
        }
        const why = !seen
          ? titled && `after the title “${prev?.bare}”`
          : st.full.has(id)
            ? `short form, after “${st.full.get(id)}” on this page`
            : "short form, after an earlier mention on this page";
        if (why) reason = { kind: "short-form", text: why };
      }
      const m0 = out.length;
      add(c.a, c.b, id, c.ents, c.kind, c.conf * factor, reason);
      if (id !== null) define(text, t, c, id, out[m0] as Mention, st);
      return true;
    };
    for (const c of cands) {
      const r0 = firstRaw(t, c.a);
      const r1 = t.sRaw1[c.b] as number;
      // A candidate left out gives its words back (to the names the page defined).
      if (!link(c, r0, r1)) for (let r = r0; r <= r1; r++) covered[r] = 0;
    }
    // Mentions come in text order; only the page's defined words, added after, need a sort.
    const definedFrom = out.length;
    if (st.defined.size > 0) addDefined(t, covered, st, add);
    return joinDashes(text, out.length > definedFrom ? sortByStart(out) : out);
  }

  /** Names the page defines with this mention: its first name, surname, kunya; an abbreviation. */
  function define(text: string, t: Tokens, c: Candidate, id: number, m: Mention, st: PageState): void {
    if (!st.full.has(id) && c.b > c.a) st.full.set(id, m.surface);
    // A name repeated on the page defines nothing new.
    if (st.definedBy.has(m.surface)) return;
    st.definedBy.add(m.surface);
    const defined = `defined on this page as “${m.surface}”`;
    const after = /^\s*\(\s*([A-Za-z]{2,10})\s*\)/.exec(text.slice(m.end, m.end + 16));
    if (after && SHORT_FORM.test(after[1] as string) && abbreviates(after[1] as string, m.surface))
      setDef(st, `=${after[1]}`, { ent: id, kind: "defined", text: defined, from: m.end });
    const before = /([A-Za-z]{2,10})\s*\(\s*$/.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (before && /^\s*\)/.test(text.slice(m.end, m.end + 4)) && SHORT_FORM.test(before[1] as string))
      if (abbreviates(before[1] as string, m.surface))
        setDef(st, `=${before[1]}`, { ent: id, kind: "defined", text: defined, from: -1 });
    if (!persons.has(id) || c.b === c.a || c.kind === "fuzzy") return;
    const r0 = t.sRaw0[c.a] as number;
    const first = (t.rInfo[r0] as TokInfo).light;
    const last = (t.rInfo[t.sRaw1[c.b] as number] as TokInfo).light;
    const full = `after the full name “${m.surface}”`;
    if (KUNYA.has(first) && c.b - c.a >= 2) {
      const second = (t.rInfo[r0 + 1] as TokInfo | undefined)?.light;
      if (second)
        setDef(st, `${first} ${second}`, { ent: id, kind: "name-part", text: `kunya, ${full}`, from: m.end });
    } else if (first.length >= 3 && !freeNeighbour(first, words))
      setDef(st, first, { ent: id, kind: "name-part", text: `first name, ${full}`, from: m.end });
    if (last.length >= 3 && last !== first)
      setDef(st, last, { ent: id, kind: "name-part", text: `surname, ${full}`, from: m.end });
  }

  /** Words the page defined, where no alias matched: linked to what they stand for. */
  function addDefined(
    t: Tokens,
    covered: Uint8Array,
    st: PageState,
    add: (a: number, b: number, id: number, c: number[], k: MatchKind, conf: number, r: LinkReason) => void,
  ): void {
    const m = t.m;
    for (let i = 0; i < m; i++) {
      const r = t.sRaw0[i] as number;
      if (covered[r] || t.sRaw1[i] !== r || (t.sArt[i] as number) >= 0) continue;
      const inf = t.rInfo[r] as TokInfo;
      if (!inf.cap) continue;
      let def = inf.caps ? st.defined.get(`=${inf.bare}`) : undefined;
      let b = i;
      const nx = t.rInfo[r + 1];
      if (
        !def &&
        KUNYA.has(inf.light) &&
        nx &&
        i + 1 < m &&
        !covered[r + 1] &&
        !((t.rGap[r + 1] as number) & GAP_BREAK)
      ) {
        def = st.defined.get(`${inf.light} ${nx.light}`);
        if (def) b = i + 1;
      }
      if (!def && !inf.caps) def = st.defined.get(inf.light);
      if (!def || def.ent < 0 || (t.sStart[i] as number) < def.from) continue;
      const r1 = t.sRaw1[b] as number;
      if (!titleLine(t, r) && inLongerName(t, r, r1, covered, b === i)) continue;
      for (let q = r; q <= r1; q++) covered[q] = 1;
      add(i, b, def.ent, [def.ent], "exact", 0.85, { kind: def.kind, text: def.text });
      i = b;
    }
    // Definitions from this text hold from the start of the next one.
    for (const d of st.defined.values()) d.from = -1;
  }

  /** "Islamic Revolutionary Guard Corps–Quds Force": two names of one entity (or a compound) are one mention. */
  function joinDashes(text: string, ms: Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of ms) {
      const prev = out[out.length - 1];
      // Only a gap of one to three characters can be a dash: most gaps are never cut out.
      const short = prev !== undefined && m.start - prev.end >= 1 && m.start - prev.end <= 3;
      if (short && prev?.id && m.id && /^\s?[-‐‑‒–—]\s?$/.test(text.slice(prev.end, m.start))) {
        const a = index.entities.indexOf(prev.id);
        const b = index.entities.indexOf(m.id);
        if (a === b || compound.has(a * 65536 + b)) {
          out[out.length - 1] = { ...m, start: prev.start, surface: text.slice(prev.start, m.end) };
          continue;
        }
      }
      out.push(m);
    }
    return out;
  }

  return {
    scan: (text) => run(text, newPageState()),
    session: () => {
      const st = newPageState();
      return { scan: (text) => run(text, st) };
    },
  };
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
