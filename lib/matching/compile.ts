/**
 * Build-time compiler of the alias index (never imported by the extension's content script).
 * Every alias, canonical name and negative phrase is cut into stream keys with the scanner's own
 * tokenizer, inserted in a trie, and the failure links computed breadth-first.
 */
import type { CompiledDataset } from "../dataset/types";
import { NORM_VERSION } from "./normalize";
import { streamKeys } from "./tokenize";
import { type CompiledIndex, ENTRY_AMBIGUOUS, ENTRY_CASE, ENTRY_NEGATIVE, ENTRY_PART } from "./types";

/** The minimal dataset shape the compiler reads (so benches can feed synthetic entities). */
export type IndexSource = Pick<CompiledDataset, "entities">;

/** True for an acronym written in capitals ("PMF", "U.S.", "IRGC"): matched in its case only. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function compileIndex(dataset: IndexSource): CompiledIndex {
  const entities: string[] = [];
  const texts: string[] = [];
  const textIdx = new Map<string, number>();
  const keys: string[] = [];
  const keyIdx = new Map<string, number>();
  // pattern rows by key sequence
  const rows = new Map<string, { seq: number[]; entries: number[] }>();

  const textId = (t: string): number => {
    let i = textIdx.get(t);
    if (i === undefined) {
      i = texts.length;
      texts.push(t);
      textIdx.set(t, i);
    }
    return i;
  };
  const keyId = (k: string): number => {
    let i = keyIdx.get(k);
    if (i === undefined) {
      i = keys.length;
      keys.push(k);
      keyIdx.set(k, i);
    }
    return i;
  };
  const add = (text: string, entity: number, flags: number): void => {
    const { keys: ks } = streamKeys(text);
    if (ks.length === 0 || ks.some((k) => k === "")) return;
    const seq = ks.map(keyId);
    const sig = seq.join(",");
    let row = rows.get(sig);
    if (!row) {
      row = { seq, entries: [] };
      rows.set(sig, row);
    }
    const t = textId(text);
    for (let i = 0; i < row.entries.length; i += 3) {
      if (row.entries[i] === entity && row.entries[i + 2] === t) return;
    }
    row.entries.push(entity, flags, t);
  };

  for (const e of dataset.entities) {
    const ei = entities.length;
    entities.push(e.id);
    const seen = new Set<string>();
    const nameLen = streamKeys(e.name).keys.length;
    const all = [{ text: e.name }, ...e.aliases] as {
      text: string;
      ambiguous?: boolean;
      caseSensitive?: boolean;
    }[];
    // An alias listed twice keeps its first flags; the canonical name is never ambiguous
    // unless listed as such.
    for (const a of [...e.aliases, ...all.slice(0, 1)]) {
      const t = a.text.trim();
      if (t === "" || seen.has(t)) continue;
      seen.add(t);
      let flags = 0;
      if (a.ambiguous) flags |= ENTRY_AMBIGUOUS;
      if (a.caseSensitive || isAcronym(t)) flags |= ENTRY_CASE;
      if (!isAcronym(t) && nameLen > 1 && streamKeys(t).keys.length === 1) flags |= ENTRY_PART;
      add(t, ei, flags);
    }
    for (const neg of e.negatives ?? []) if (neg.trim()) add(neg.trim(), ei, ENTRY_NEGATIVE);
  }

  // Affiliation context, only around entities that have an ambiguous alias.
  const entityIdx = new Map(entities.map((id, i) => [id, i]));
  const hasAmbiguous = new Set<number>();
  for (const row of rows.values())
    for (let k = 0; k < row.entries.length; k += 3)
      if ((row.entries[k + 1] as number) & ENTRY_AMBIGUOUS) hasAmbiguous.add(row.entries[k] as number);
  const related: number[] = [];
  const pairSeen = new Set<string>();
  for (const e of dataset.entities) {
    const a = entityIdx.get(e.id) as number;
    for (const af of e.affiliations ?? []) {
      const b = entityIdx.get(af.target);
      if (b === undefined || a === b || !(hasAmbiguous.has(a) || hasAmbiguous.has(b))) continue;
      const sig = a < b ? `${a},${b}` : `${b},${a}`;
      if (pairSeen.has(sig)) continue;
      pairSeen.add(sig);
      related.push(a, b);
    }
  }

  // Trie, states numbered breadth-first.
  const sorted = [...rows.values()];
  type Node = { next: Map<number, Node>; id: number; row: number };
  const root: Node = { next: new Map(), id: 0, row: -1 };
  sorted.forEach((row, ri) => {
    let node = root;
    for (const k of row.seq) {
      let nx = node.next.get(k);
      if (!nx) {
        nx = { next: new Map(), id: -1, row: -1 };
        node.next.set(k, nx);
      }
      node = nx;
    }
    node.row = ri;
  });
  const edges: number[] = [];
  const order: Node[] = [root];
  const parentOf: number[] = [-1];
  const tokOf: number[] = [-1];
  for (let q = 0; q < order.length; q++) {
    const node = order[q] as Node;
    const kids = [...node.next.entries()].sort((a, b) => a[0] - b[0]);
    for (const [tok, kid] of kids) {
      kid.id = order.length;
      order.push(kid);
      parentOf.push(node.id);
      tokOf.push(tok);
      edges.push(node.id, tok);
    }
  }
  // Failure links, breadth-first.
  const fail: number[] = new Array(order.length).fill(0);
  const go = (s: number, tok: number): number => {
    for (;;) {
      const kid = (order[s] as Node).next.get(tok);
      if (kid) return kid.id;
      if (s === 0) return 0;
      s = fail[s] as number;
    }
  };
  for (let s = 1; s < order.length; s++) {
    const p = parentOf[s] as number;
    fail[s] = p === 0 ? 0 : go(fail[p] as number, tokOf[s] as number);
  }
  const patterns = sorted.map((row) => {
    let node = root;
    for (const k of row.seq) node = node.next.get(k) as Node;
    return [node.id, row.seq.length, ...row.entries];
  });
  return { v: 1, norm: NORM_VERSION, entities, texts, keys, edges, fail: fail.slice(1), patterns, related };
}
