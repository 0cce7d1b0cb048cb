/**
 * The linking pass: decides, for each candidate of the exact and variant pass (select.ts), whether
 * the page's evidence links it and to which entity, and why. Evidence carries across the texts
 * of one page through its PageState. Design: docs/matching.md.
 */
import { blockAbbreviations } from "./abbreviations";
import { arabicRefuses } from "./arabic-rules";
import { dashJoiner } from "./dashes";
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
import { definer } from "./define";
import { wordSets } from "./evidence";
import type { Candidate, MatcherOptions } from "./match-types";
import type { PageState } from "./page-state";
import { resolver } from "./resolve";
import { selector } from "./select";
import { firstRaw, inLongerName } from "./spans";
import { titleLines } from "./title-lines";
import { Tokens, type TokInfo } from "./tokenize";
import { CONFIDENT, type CompiledIndex, type LinkReason, type MatchKind, type Mention } from "./types";

/**
 * Mentions in one text, read with and adding to the page's state: the matcher's passes wired
 * over one index (by position, not by an object of them: the content script's bundle shortens
 * arguments, not keys).
 */
export function linker(
  index: CompiledIndex,
  options: MatcherOptions,
): (text: string, st: PageState) => Mention[] {
  const words = wordSets(index.words);
  const persons = new Set(index.persons ?? []);
  const tokens = new Tokens();
  const [resetLines, titleLine, capsMeaningless] = titleLines();
  /** [entity, stream position] of surnames found after another given name, in this text. */
  const claims: number[] = [];
  const select = selector(index, options, words, tokens, capsMeaningless, claims);
  const resolve = resolver(index.related ?? []);
  const [define, addDefined] = definer(persons, words, titleLine);
  const joinDashes = dashJoiner(index);
  const variantReasons = new Map<number, LinkReason>();
  const variantReason = (ti: number): LinkReason => {
    let r = variantReasons.get(ti);
    if (!r) {
      r = { kind: "variant", text: `spelling variant of “${index.texts[ti] ?? ""}”` };
      variantReasons.set(ti, r);
    }
    return r;
  };

  return function run(text: string, st: PageState): Mention[] {
    claims.length = 0;
    blockAbbreviations(text, st);
    resetLines(text);
    const cands = select(text, st.counts);
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
      const longer = inLongerName(t, r0, r1, covered, c.a === c.b, words);
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
      if (arabicRefuses(t, c, r0, r1, id, st)) return false;
      if (c.short && id !== null && st.full.has(id))
        reason = { kind: "short-form", text: `short form, after “${st.full.get(id)}” on this page` };
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
  };
}
