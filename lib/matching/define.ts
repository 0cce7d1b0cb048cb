/**
 * Names a page defines as it goes: the first name, surname and kunya after a person's full name,
 * an abbreviation in parentheses after its long form; and the later words that they link.
 */
import type { WordSets } from "./evidence";
import { abbreviates, freeNeighbour, SHORT_FORM } from "./evidence";
import type { Candidate } from "./match-types";
import { type Definition, KUNYA, type PageState, setDef } from "./page-state";
import { inLongerName } from "./spans";
import type { TitleLines } from "./title-lines";
import { GAP_BREAK, type Tokens, type TokInfo } from "./tokenize";
import type { LinkReason, MatchKind, Mention } from "./types";

/** Adds one mention (stream tokens a..b) to a text's results. */
export type AddMention = (
  a: number,
  b: number,
  id: number,
  c: number[],
  k: MatchKind,
  conf: number,
  r: LinkReason,
) => void;

/** A tuple, not an object: the content script's bundle keeps property names, not these. */
export type Definer = [
  /** Names the page defines with mention `m` of entity `id`. */
  define: (text: string, t: Tokens, c: Candidate, id: number, m: Mention, st: PageState) => void,
  /** Links the words the page defined where no alias matched. */
  addDefined: (t: Tokens, covered: Uint8Array, st: PageState, add: AddMention) => void,
];

export function definer(persons: ReadonlySet<number>, words: WordSets, titleLine: TitleLines[1]): Definer {
  /** Names the page defines with this mention: its first name, surname, kunya; an abbreviation. */
  function define(text: string, t: Tokens, c: Candidate, id: number, m: Mention, st: PageState): void {
    if (!st.full.has(id) && c.b > c.a) st.full.set(id, m.surface);
    // A name repeated on the page defines nothing new.
    if (st.definedBy.has(m.surface)) return;
    st.definedBy.add(m.surface);
    const defined = `defined on this page as “${m.surface}”`;
    const def = (key: string, kind: Definition["kind"], text: string, from = m.end) =>
      setDef(st, key, { ent: id, kind, text, from });
    const after = /^\s*\(\s*([A-Za-z]{2,10})\s*\)/.exec(text.slice(m.end, m.end + 16));
    if (after && SHORT_FORM.test(after[1] as string) && abbreviates(after[1] as string, m.surface))
      def(`=${after[1]}`, "defined", defined);
    const before = /([A-Za-z]{2,10})\s*\(\s*$/.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (before && /^\s*\)/.test(text.slice(m.end, m.end + 4)) && SHORT_FORM.test(before[1] as string))
      if (abbreviates(before[1] as string, m.surface)) def(`=${before[1]}`, "defined", defined, -1);
    if (!persons.has(id) || c.b === c.a || c.kind === "fuzzy") return;
    const r0 = t.sRaw0[c.a] as number;
    const first = (t.rInfo[r0] as TokInfo).light;
    const last = (t.rInfo[t.sRaw1[c.b] as number] as TokInfo).light;
    const full = `after the full name “${m.surface}”`;
    if (KUNYA.has(first) && c.b - c.a >= 2) {
      const second = (t.rInfo[r0 + 1] as TokInfo | undefined)?.light;
      if (second) def(`${first} ${second}`, "name-part", `kunya, ${full}`);
    } else if (first.length >= 3 && !freeNeighbour(first, words))
      def(first, "name-part", `first name, ${full}`);
    if (last.length >= 3 && last !== first) def(last, "name-part", `surname, ${full}`);
  }

  /** Words the page defined, where no alias matched: linked to what they stand for. */
  function addDefined(t: Tokens, covered: Uint8Array, st: PageState, add: AddMention): void {
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
      if (!titleLine(t, r) && inLongerName(t, r, r1, covered, b === i, words)) continue;
      for (let q = r; q <= r1; q++) covered[q] = 1;
      add(i, b, def.ent, [def.ent], "exact", 0.85, { kind: def.kind, text: def.text });
      i = b;
    }
    // Definitions from this text hold from the start of the next one.
    for (const d of st.defined.values()) d.from = -1;
  }

  return [define, addDefined];
}
