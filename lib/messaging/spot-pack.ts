/**
 * The spotting port's answers, packed (issue 10). As plain objects, the mentions of a 20k-word
 * page came to more bytes than the page's text (145 KB for 825 mentions), all of it parsed into
 * five objects per mention on the page's main thread. Packed, each mention is a row of numbers,
 * and every string (surface, id, kind, the card's reason) is sent once per answer: the same
 * names recur all through a page. Unpacked, mentions of one answer share their strings and
 * their reasons.
 */
import type { LinkReason, MatchKind, Mention, ReasonKind } from "../matching/types";

/** What kind of actor an entity is: what a mark is drawn as. */
export type EntityKind = "person" | "group";
const KINDS: readonly (EntityKind | undefined)[] = [undefined, "person", "group"];

export interface PackedMentions {
  /** The answer's distinct strings. */
  strings: string[];
  /**
   * For each string, the kind of the entity it is the id of: 1 a person, 2 a group, 0 none. So a
   * page draws its marks without asking the background for a directory first.
   */
  kinds: number[];
  /**
   * Per text, its mentions one after another, each `MENTION_FIELDS` numbers: start, end,
   * surface, id (−1: none), match, confidence, reason kind, reason text, candidate count; then
   * that many candidates. Strings are indices into `strings`.
   */
  rows: number[][];
}

const MENTION_FIELDS = 9;

/** Packs the mentions of each text (the background's side), with their entities' kinds. */
export function packMentions(
  perText: readonly Mention[][],
  kindOf: (id: string) => EntityKind | undefined = () => undefined,
): PackedMentions {
  const strings: string[] = [];
  const kinds: number[] = [];
  const index = new Map<string, number>();
  const ref = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      kinds.push(0);
      index.set(s, i);
    }
    return i;
  };
  const id = (entity: string) => {
    const i = ref(entity);
    const kind = kindOf(entity);
    kinds[i] = kind ? KINDS.indexOf(kind) : 0;
    return i;
  };
  const rows = perText.map((mentions) => {
    const row: number[] = [];
    for (const m of mentions) {
      row.push(
        m.start,
        m.end,
        ref(m.surface),
        m.id === null ? -1 : id(m.id),
        ref(m.match),
        m.confidence,
        ref(m.reason.kind),
        ref(m.reason.text),
        m.candidates.length,
      );
      for (const c of m.candidates) row.push(ref(c));
    }
    return row;
  });
  return { strings, kinds, rows };
}

/**
 * The mentions of `texts` texts from a packed answer (the content script's side), or undefined
 * when it is not one: a wrong shape, a string index out of range, offsets that do not make a
 * span, a row cut short. The kinds of the entities it names are added to `kinds`.
 */
export function unpackMentions(
  packed: unknown,
  texts: number,
  kinds?: Map<string, EntityKind>,
): Mention[][] | undefined {
  const p = packed as Partial<PackedMentions> | null;
  const strings = p?.strings;
  const kindOf = p?.kinds;
  const rows = p?.rows;
  if (!Array.isArray(strings) || !Array.isArray(rows) || rows.length !== texts) return undefined;
  const n = strings.length;
  if (!Array.isArray(kindOf) || kindOf.length !== n) return undefined;
  for (let i = 0; i < n; i++) {
    const k = kindOf[i];
    if (typeof strings[i] !== "string" || !(k === 0 || k === 1 || k === 2)) return undefined;
  }
  const reasons = new Map<number, LinkReason>();
  const out: Mention[][] = [];
  // Checked inline, without a call per field: this runs on the page's main thread, on every
  // answer, mostly before any JIT. `(x | 0) === x` holds for integers of 32 bits only.
  for (const row of rows) {
    if (!Array.isArray(row)) return undefined;
    const r = row as number[];
    const mentions: Mention[] = [];
    const length = r.length;
    let k = 0;
    while (k < length) {
      if (k + MENTION_FIELDS > length) return undefined;
      const start = r[k] as number;
      const end = r[k + 1] as number;
      const surface = r[k + 2] as number;
      const id = r[k + 3] as number;
      const match = r[k + 4] as number;
      const confidence = r[k + 5] as number;
      const kind = r[k + 6] as number;
      const text = r[k + 7] as number;
      const count = r[k + 8] as number;
      if ((start | 0) !== start || start < 0 || (end | 0) !== end || end <= start) return undefined;
      if ((surface | 0) !== surface || surface < 0 || surface >= n) return undefined;
      if ((id | 0) !== id || id < -1 || id >= n || (match | 0) !== match || match < 0 || match >= n)
        return undefined;
      if (typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)) return undefined;
      if ((kind | 0) !== kind || kind < 0 || kind >= n || (text | 0) !== text || text < 0 || text >= n)
        return undefined;
      if ((count | 0) !== count || count < 0) return undefined;
      k += MENTION_FIELDS;
      if (k + count > length) return undefined;
      const candidates: string[] = [];
      for (const last = k + count; k < last; k++) {
        const c = r[k] as number;
        if ((c | 0) !== c || c < 0 || c >= n) return undefined;
        candidates.push(strings[c] as string);
      }
      const key = kind * n + text;
      let reason = reasons.get(key);
      if (!reason) {
        reason = { kind: strings[kind] as ReasonKind, text: strings[text] as string };
        reasons.set(key, reason);
      }
      mentions.push({
        surface: strings[surface] as string,
        start,
        end,
        id: id === -1 ? null : (strings[id] as string),
        candidates,
        match: strings[match] as MatchKind,
        confidence,
        reason,
      });
    }
    out.push(mentions);
  }
  if (kinds)
    for (let i = 0; i < n; i++) {
      const kind = KINDS[kindOf[i] as number];
      if (kind) kinds.set(strings[i] as string, kind);
    }
  return out;
}
